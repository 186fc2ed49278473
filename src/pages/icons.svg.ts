/** The sprite of path, service and glossary pictures (src/lib/icons/icons.ts). */
import type { APIRoute } from 'astro';
import { sprite } from '../lib/icons/icons';

export const GET: APIRoute = () => new Response(sprite(), { headers: { 'content-type': 'image/svg+xml' } });
