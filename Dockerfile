# syntax=docker/dockerfile:1
# Licentric container image (docs/operations.md): dependencies, a production build, then a slim runtime that runs
# as an unprivileged user. The entry point is `npm start` without the build step: it applies pending migrations
# (Prisma's WebAssembly engine, nothing downloaded at run time), seeds an empty embedded database, and serves.
#   docker build -t licentric .
#   docker run --init -p 3000:3000 -v licentric-data:/app/data licentric        # embedded database
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# What `npm ci` needs: the manifests, and for `npm run db:generate` (`prisma generate` with the stub engine) the schema.
FROM base AS manifests
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/
COPY scripts/no-schema-engine scripts/

# Every dependency, then the Prisma client generated into src/generated/ (what the postinstall does). Install
# scripts are skipped: the others only check the platform or fetch Prisma's native engines, never used here.
FROM manifests AS deps
RUN npm ci --ignore-scripts --no-audit --no-fund && npm run db:generate

# The production build (type-checked by next build); its cache is not needed at run time.
FROM deps AS build
COPY . .
RUN npm run build && rm -rf .next/cache

# Runtime dependencies only, again without install scripts (the client generated in `deps` is copied instead).
FROM manifests AS runtime-deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LICENTRIC_DATA_DIR=/app/data
# Files stay owned by root (read-only for the server); only the data folder and Next's cache are writable.
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/src ./src
COPY package.json tsconfig.json next.config.ts server.ts instrumentation.ts prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN mkdir -p /app/data /app/.next/cache && chown node:node /app/data /app/.next/cache
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains requests for up to 25 s: give `docker stop` at least 30 s (compose.yaml does).
STOPSIGNAL SIGTERM
CMD ["node", "scripts/start.mjs", "--no-build"]
