import React from 'react'

import { Mark } from './Mark'

/** The navigation's small icon, linking to the dashboard. */
export const Icon = () => <Mark size={22} />
