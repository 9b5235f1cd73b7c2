import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

/**
 * Where Payload sends people who may not see an admin page at `path`: its "unauthorized" page, or
 * its login with the way back. Custom root views need it: Payload leaves them open to anyone.
 */
export const refusedRoute = (req: PayloadRequest, path: `/${string}`): string => {
  const { admin, routes } = req.payload.config
  if (req.user) return formatAdminURL({ adminRoute: routes.admin, path: admin.routes.unauthorized })
  const back = formatAdminURL({ adminRoute: routes.admin, path })
  const login = formatAdminURL({ adminRoute: routes.admin, path: admin.routes.login })
  return `${login}?${new URLSearchParams({ redirect: back })}`
}
