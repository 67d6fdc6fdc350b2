/** Site-wide facts used in metadata, sitemap and Open Graph tags. */
export const siteConfig = {
  name: "Deploy Notes",
  title: "Deploy Notes — 배포 전략과 컨테이너 실습",
  description:
    "CI/CD 파이프라인, 네 가지 배포 전략, Docker와 containerd 미션을 브라우저에서 읽고, 움직이는 롤아웃으로 보고, 퀴즈와 샌드박스로 익히는 한국어 학습 사이트.",
  /** Absolute origin for canonical URLs and sitemap; set SITE_URL when deploying elsewhere. */
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  locale: "ko_KR",
} as const;
