# thidua — container image (docs/deploy.md, "Docker").
#   docker build -t thidua .
#   docker build --build-arg WITH_OFFICE=1 -t thidua .   # with LibreOffice, poppler, tesseract (PDF, OCR)

# Build: the development packages are needed for the bundles (esbuild, Vite), then dropped.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ARG WITH_OFFICE=0
RUN if [ "$WITH_OFFICE" = "1" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils tesseract-ocr tesseract-ocr-vie \
      && rm -rf /var/lib/apt/lists/*; \
    fi
WORKDIR /app
# dist/: server and web app; src/: the migrations and the demo data read at run time.
COPY --from=build /app/package.json /app/package-lock.json /app/LICENSE ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/src ./src
RUN mkdir -p /var/lib/thidua/files && chown -R node:node /var/lib/thidua
ENV HOST=0.0.0.0 \
    PORT=3000 \
    THIDUA_DATA_DIR=/var/lib/thidua \
    THIDUA_FILES_DIR=/var/lib/thidua/files
USER node
VOLUME ["/var/lib/thidua"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The built CLI itself: nothing is built at run time.
CMD ["node", "dist/cli.js", "serve"]
