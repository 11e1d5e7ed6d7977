// `server-only` throws outside a React Server Component bundle; tests run the same modules in plain Node.
export {};
