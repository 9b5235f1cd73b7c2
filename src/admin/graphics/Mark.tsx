import React from 'react'

/** The mark: an atom's orbits around a dot, in the admin's text colour. */
export const Mark = ({ size }: { size: number }) => (
  <svg
    aria-hidden="true"
    fill="none"
    height={size}
    stroke="currentColor"
    strokeWidth="1.6"
    viewBox="0 0 32 32"
    width={size}
  >
    <ellipse cx="16" cy="16" rx="13" ry="5.5" />
    <ellipse cx="16" cy="16" rx="13" ry="5.5" transform="rotate(60 16 16)" />
    <ellipse cx="16" cy="16" rx="13" ry="5.5" transform="rotate(120 16 16)" />
    <circle cx="16" cy="16" fill="currentColor" r="2.4" stroke="none" />
  </svg>
)
