import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The web UI: built into dist/web, which `dossier serve` serves. Everything it loads (scripts,
// styles, the world map) is bundled: the page requests nothing from any other host.
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:4173' } },
})
