// Names of the jobs that send notices (the senders define them; kick-notices.ts starts them).
export const SEND_EMAILS_JOB = "notices.send-emails";
export const DELIVER_WEBHOOKS_JOB = "notices.deliver-webhooks";
