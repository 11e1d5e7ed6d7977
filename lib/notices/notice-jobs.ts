// The names of the notice senders' jobs, apart from kick-notices.ts so a job's module can
// import its name while kick-notices.ts imports that module (no import cycle).
export const SEND_EMAILS_JOB = "notices.send-emails";
export const DELIVER_WEBHOOKS_JOB = "notices.deliver-webhooks";
