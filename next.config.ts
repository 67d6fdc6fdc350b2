import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A static export: `next build` writes out/, which any static host or CDN can serve.
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
