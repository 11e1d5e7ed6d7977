// Names of the jobs that send notices (the senders define them; kick-notices.ts starts them),
// apart from kick-notices.ts so a sender can import its name while kick-notices.ts imports the sender.
export const SEND_EMAILS_JOB = "notices.send-emails";
export const DELIVER_WEBHOOKS_JOB = "notices.deliver-webhooks";
