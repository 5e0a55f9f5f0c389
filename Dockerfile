# Builds the web client and the API into one image that serves both (see docker-compose.yml).
FROM node:20-bookworm-slim AS web
WORKDIR /src/web-client
COPY web-client/package.json web-client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web-client/ ./
RUN npx vite build --outDir /out/wwwroot --emptyOutDir

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY api/Antq.Api.csproj api/
RUN dotnet restore api/Antq.Api.csproj
COPY api/ api/
# The web client goes into wwwroot before publishing, so the publish compresses it (brotli, gzip) and lists it for serving.
COPY --from=web /out/wwwroot api/wwwroot/
RUN dotnet publish api/Antq.Api.csproj -c Release -o /out/app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=api /out/app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Antq.Api.dll"]
