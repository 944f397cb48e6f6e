# syntax=docker/dockerfile:1
# Base image: node:22-bookworm-slim. NODE_IMAGE swaps it for a locally made stand-in where no
# registry is reachable (README, "Building the image without Docker (podman)").
ARG NODE_IMAGE=node:22-bookworm-slim

# Build stage: compile TypeScript with the full toolchain.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci's postinstall runs it (src/db/pglite-template.ts says why).
COPY scripts/pglite-template.mjs ./scripts/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies (fonts and the @napi-rs/canvas glibc binary included),
# compiled code and migrations only; runs as the unprivileged node user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HEALTH_PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
# Its postinstall makes the PGlite cluster template that a first start on an empty /data copies.
COPY scripts/pglite-template.mjs ./scripts/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Slim images have no curl: node asks GET /healthz (200 once the database answers and the bot is online).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||8080)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node flags (`npm start` passes the same; the memory bench runs this line), ~35 MB less resident:
# --max-semi-space-size=1 (MB): V8 otherwise grows the young generation to 2 x 16 MB under a burst of
#   interactions and keeps it; 1 MB semi-spaces mean more frequent, shorter scavenges (~0.1 ms of GC
#   per interaction).
# --v8-pool-size=1: one V8 background thread (concurrent marking and compiling) instead of four,
#   each of which keeps its own malloc arena; on the 1-2 CPUs the bot needs, four add little speed.
CMD ["node", "--max-semi-space-size=1", "--v8-pool-size=1", "dist/main.js"]
