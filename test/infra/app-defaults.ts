/**
 * The server defaults the image and the ECS stack must agree with.
 * TODO(infra): import these from shared/config.ts once the server's config lands; until then
 * they are the documented defaults (issue "HTTP API and ECS container runtime").
 */
export const APP_DEFAULTS = {
  port: 5000,
  healthPath: '/health',
  shutdownGraceSeconds: 25,
  keepAliveTimeoutSeconds: 65,
} as const;
