import helmet from 'helmet'

/**
 * Helmet with a Content-Security-Policy the Payload admin runs under: Next inlines its bootstrap
 * scripts and styles (no nonces on statically rendered admin routes), images come from our own
 * uploads, blobs and data URLs (upload previews), and development adds eval and the HMR socket.
 * HTTPS-only rules need a public origin that is https: served over plain http (an intranet
 * without TLS), upgrade-insecure-requests would send every script and stylesheet to an https port
 * nobody listens on, and the admin would not load.
 */
export const securityHeaders = ({
  isProduction,
  isHttps,
}: {
  isProduction: boolean
  isHttps: boolean
}) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'self'"],
        'form-action': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(isProduction ? [] : ["'unsafe-eval'"])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...(isProduction ? [] : ['ws:', 'wss:'])],
        'worker-src': ["'self'", 'blob:'],
        ...(isProduction && isHttps ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // Uploaded images are embedded by downstream sites on other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity:
      isProduction && isHttps ? { maxAge: 15552000, includeSubDomains: true } : false,
  })
