import type { TFunction } from '@payloadcms/translations'
import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import type { KexieTranslationKeys } from '@/i18n/translations'
import type { User } from '@/payload-types'

export const PASSWORD_MIN_LENGTH = 10

const check = (password: unknown, req: Parameters<CollectionBeforeValidateHook>[0]['req']) => {
  if (typeof password !== 'string' || password.length >= PASSWORD_MIN_LENGTH) return
  const t = req.t as unknown as TFunction<KexieTranslationKeys>
  throw new ValidationError(
    {
      collection: 'users',
      errors: [
        {
          message: t('kexie:passwordTooShort', { minLength: PASSWORD_MIN_LENGTH }),
          path: 'password',
        },
      ],
    },
    req.t,
  )
}

/** Create, update and the admin's "change password" all pass through validation. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({ data, req }) => {
  check((data as { password?: unknown } | undefined)?.password, req)
  return data
}

/** Password reset bypasses validation hooks, so it is checked before the operation runs. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'resetPassword') check(args?.data?.password, req)
  return args
}
