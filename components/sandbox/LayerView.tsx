"use client";
/**
 * Mission 2's layer view: the same per-layer model the terminal prints from, so the learner
 * can see that 490MB is the unpacked files, 248.3 MiB the compressed blobs (plus a few KB of
 * index, manifest and config) and ≈471.0 MiB the uncompressed tars of a docker save.
 */
import { apiTesterFigures } from "@/lib/sandbox/figures";

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

function shortCommand(c: string): string {
  const s = c.replace("/bin/sh -c #(nop) ", "").replace("/bin/sh -c ", "RUN ").replace(" # buildkit", "");
  return s.length > 48 ? s.slice(0, 47) + "…" : s;
}

export function LayerView() {
  const f = apiTesterFigures();
  return (
    <section aria-labelledby="layer-view-title" className="rounded-xl border border-border bg-surface p-3">
      <h3 id="layer-view-title" className="!mt-0 !text-base !font-bold">
        1pro/api-tester 레이어로 보는 크기 차이
      </h3>
      <p className="mt-1 text-sm leading-relaxed text-muted">
        Docker는 레이어를 <strong className="text-fg">풀어 놓은 파일 크기</strong>를 1000 단위(MB)로, ctr은 저장한{" "}
        <strong className="text-fg">압축 blob 크기</strong>를 1024 단위(MiB)로 보여 줍니다. docker save는 압축하지 않은 tar를 담아서 ctr로
        가져오면 커집니다.
      </p>
      {/* Scrolls sideways on phones: focusable (like MdxTable) so keyboard users can scroll it too. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="group" aria-label="레이어별 크기 표 (가로로 스크롤할 수 있습니다)">
        <table className="w-full min-w-[34rem] border-collapse text-sm tabular-nums">
          <caption className="sr-only">레이어별 압축 전후 크기</caption>
          <thead>
            <tr className="border-b border-border !text-left text-xs text-muted">
              <th scope="col" className="py-1 pr-2 font-semibold">레이어(만든 명령)</th>
              <th scope="col" className="py-1 pr-2 !text-right font-semibold">풀어 놓은 파일</th>
              <th scope="col" className="py-1 pr-2 !text-right font-semibold">압축 blob</th>
              <th scope="col" className="py-1 !text-right font-semibold">tar (docker save)</th>
            </tr>
          </thead>
          <tbody>
            {f.layers.map((l, i) => (
              <tr key={i} className="border-b border-border/60">
                <th scope="row" className="max-w-[16rem] truncate py-1 pr-2 !text-left font-mono text-xs font-normal" title={l.createdBy}>
                  {shortCommand(l.createdBy)}
                </th>
                <td className="py-1 pr-2 !text-right">{mb(l.unpackedBytes)}</td>
                <td className="py-1 pr-2 !text-right">{mib(l.gzipBytes)}</td>
                <td className="py-1 !text-right">{mib(l.tarBytes)}</td>
              </tr>
            ))}
            <tr className="text-xs text-muted">
              <th scope="row" className="py-1 pr-2 !text-left font-normal">index·manifest·config</th>
              <td className="py-1 pr-2 !text-right">—</td>
              <td className="py-1 pr-2 !text-right">{(f.metadataBytes.pulled / 1024).toFixed(1)} KiB</td>
              <td className="py-1 !text-right">{(f.metadataBytes.imported / 1024).toFixed(1)} KiB</td>
            </tr>
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-border font-semibold">
              <th scope="row" className="py-1.5 pr-2 !text-left">합계 (화면에 보이는 값)</th>
              <td className="py-1.5 pr-2 !text-right" data-testid="figure-docker">
                {f.docker.text} <span className="block text-xs font-normal text-muted">docker image ls</span>
              </td>
              <td className="py-1.5 pr-2 !text-right" data-testid="figure-ctr-pulled">
                {f.ctrPulled.text} <span className="block text-xs font-normal text-muted">ctr image ls (pull)</span>
              </td>
              <td className="py-1.5 !text-right" data-testid="figure-ctr-imported">
                {f.ctrImported.text} <span className="block text-xs font-normal text-muted">ctr image ls (import)</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mt-2 text-xs leading-relaxed text-muted">
        메타데이터(index·manifest·config)는 양쪽 모두 몇 KB뿐이라 차이를 만들지 않습니다. 참고로 containerd 이미지 저장소를 쓰는 Docker
        29부터는 <code className="font-mono">docker image ls</code>가 디스크 사용량과 콘텐츠(압축) 크기를 함께 보여 줍니다.
      </p>
    </section>
  );
}
