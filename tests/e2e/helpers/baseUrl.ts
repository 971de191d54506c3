/**
 * Where the browser tests find the production build: `vite preview` on CHISO_PORT (4173 by default),
 * so that two checkouts can run their browser tests side by side.
 */
export const PORT = Number(process.env.CHISO_PORT ?? 4173)
export const BASE_URL = `http://localhost:${PORT}`
