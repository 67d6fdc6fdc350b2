export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-border py-8 text-sm text-muted" data-print="hide">
      <div className="mx-auto max-w-[90rem] px-4 sm:px-6">
        <p>
          Deploy Notes · 인프런 워밍업 클럽(DevOps) 「쿠버네티스 어나더 클래스 (지상편) – Sprint 1, 2」 스터디 노트(2025-06)를
          바탕으로 다시 쓰고 바로잡은 학습 사이트입니다.
        </p>
      </div>
    </footer>
  );
}
