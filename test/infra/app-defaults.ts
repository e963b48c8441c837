/**
 * The server defaults the image and the ECS stack must agree with, read from the server's own
 * configuration table and heartbeat middleware.
 */
import { DEFAULT_CONTAINER_CONFIG as DEFAULT_CONFIG } from '../../container/config.ts';
import { HEALTH_PATH } from '../../shared/middleware/heartbeat.ts';

export const APP_DEFAULTS = {
  port: DEFAULT_CONFIG.port,
  healthPath: HEALTH_PATH,
  shutdownGraceSeconds: DEFAULT_CONFIG.shutdownGraceMs / 1000,
  keepAliveTimeoutSeconds: DEFAULT_CONFIG.keepAliveTimeoutMs / 1000,
} as const;
