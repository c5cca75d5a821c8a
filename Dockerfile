FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY bin ./bin
# prepare builds dist/ after install, so sources must be there first
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY analysis ./analysis
COPY seeds ./seeds
COPY scripts ./scripts
RUN npm ci && npm prune --omit=dev --ignore-scripts
# the server runs unprivileged; CTI_DATA_DIR (JWT key, embedded database) is the only place it writes
RUN mkdir -p /app/data && chown node:node /app/data && chmod 700 /app/data
USER node
ENV NODE_ENV=production CTI_DATA_DIR=/app/data
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
