// Runs in every test worker before any test file imports the Payload config, which reads these.
process.env.PAYLOAD_SECRET ||= 'kexie-test-secret-not-for-production'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.LOG_LEVEL ||= 'warn'
process.env.SERVER_URL ||= 'http://localhost:3000'
