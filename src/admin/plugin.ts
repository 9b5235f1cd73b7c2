import type { CollectionConfig, DocumentTabCondition, GlobalConfig, Plugin } from 'payload'

import { isAdminUser } from '@/access/roles'
import { settings } from '@/env'

import { DATE_TIME_FORMAT, withDateFormats } from './dates'

/**
 * The API tab (the document as raw JSON) is a tool for whoever runs the site; editors and
 * reviewers see their documents in the form and in the preview.
 */
const apiTabForAdmins: DocumentTabCondition = ({ collectionConfig, globalConfig, req }) =>
  isAdminUser(req.user) && !(collectionConfig ?? globalConfig)?.admin?.hideAPIURL

const withAdminViews = <T extends CollectionConfig | GlobalConfig>(entity: T): T => {
  const views = entity.admin?.components?.views
  const api = views?.edit?.api
  return {
    ...entity,
    fields: withDateFormats(entity.fields),
    admin: {
      ...entity.admin,
      components: {
        ...entity.admin?.components,
        views: {
          ...views,
          edit: {
            ...views?.edit,
            api: { ...api, tab: { condition: apiTabForAdmins, ...api?.tab } },
          },
        },
      },
    },
  }
}

/** Resolved through the generated import map, like every admin component. */
const NAV_OPEN_PROVIDER = '@/admin/NavOpenOnWideScreens#NavOpenOnWideScreens'
const DATE_PROVIDER = '@/admin/AdminDateConventions#AdminDateConventions'

/**
 * How the admin presents every collection and global, whoever defined it: one date format in
 * headers, lists and pickers, in one time zone (`ADMIN_TIME_ZONE` unless `timeZone` is given; see
 * dates.ts and AdminDateConventions.tsx), the API tab for admins only, and the navigation open on
 * laptop screens (see NavOpenOnWideScreens.tsx). Last among the plugins, so it also reaches what
 * the plugins before it add.
 */
export const adminConventions =
  ({ timeZone = settings().ADMIN_TIME_ZONE }: { timeZone?: string } = {}): Plugin =>
  (config) => ({
    ...config,
    // For server components of ours that draw dates (they cannot read the provider's context).
    custom: { ...config.custom, adminTimeZone: timeZone },
    admin: {
      ...config.admin,
      dateFormat: config.admin?.dateFormat ?? DATE_TIME_FORMAT,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          { path: DATE_PROVIDER, clientProps: { timeZone } },
          NAV_OPEN_PROVIDER,
        ],
      },
    },
    collections: (config.collections ?? []).map(withAdminViews),
    globals: (config.globals ?? []).map(withAdminViews),
  })
