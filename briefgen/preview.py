"""`briefgen preview`: the brief served on 127.0.0.1, rebuilt when the spec, its templates or
the corpus change, and reloaded in the open page by itself (server-sent events), as
`mkdocs serve` and `quarto preview` do.

One builder thread owns the corpus connection and everything warm (the segmenter, the
Jinja environment, the selected articles): it polls the files' modification times and,
after a change, selects and summarizes again only when the spec or the corpus changed; a
template or CSS edit only renders the HTML again. A build that fails shows its file and
line in the page and the server keeps running. The PDF is made from the current HTML on
request.
"""

from __future__ import annotations

import html as html_escape
import json
import os
import sys
import threading
import time
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from briefgen.spec import SpecError, load_spec

POLL_SECONDS = 0.1
KEEP_ALIVE_SECONDS = 15.0

RELOAD_SCRIPT = """<script>
(() => {
  const key = "briefgen-preview-scroll";
  const y = sessionStorage.getItem(key);
  if (y !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(y)); }
  const events = new EventSource("/events?version=%(version)d");
  events.addEventListener("reload", () => {
    sessionStorage.setItem(key, String(window.scrollY));
    events.close();
    location.reload();
  });
})();
</script>"""

BAR_STYLE = ("position:fixed;right:.6em;bottom:.6em;z-index:10;max-width:min(42em,90vw);"
             "font:13px/1.5 sans-serif;background:#fffbe6;color:#222;border:1px solid #d9c46a;"
             "border-radius:4px;padding:.4em .7em;box-shadow:0 1px 3px rgba(0,0,0,.2);"
             "text-indent:0;letter-spacing:0;text-align:left")


class Preview:
    """A preview server for one spec; `start`, then `wait` until Ctrl-C, then `stop`."""

    def __init__(self, spec_path: str | Path, db_path: str | Path, as_of: date | None = None,
                 *, theme: str | None = None, locale: str | None = None,
                 templates: str | Path | None = None) -> None:
        self.spec_path = Path(spec_path)
        self.db_path = Path(db_path)
        self.as_of = as_of
        self.overrides = {"theme": theme, "locale": locale,
                          "templates": str(templates) if templates else None}
        load_spec(self.spec_path)  # a broken spec is refused before serving, with its lines
        self.version = 0
        self.page = b""  # the page as served: the brief, the preview bar, the reload script
        self.html: bytes | None = None  # the brief's own HTML, for the PDF
        self.pdf: tuple[int, bytes] | None = None
        self.problems: list[str] = []
        self.error: str | None = None
        self.last_build_seconds = 0.0
        self.changed = threading.Condition()
        self.weasyprint = threading.Lock()  # one WeasyPrint job at a time
        self.stopping = threading.Event()
        self.ready = threading.Event()
        self.httpd: ThreadingHTTPServer | None = None
        self.threads: list[threading.Thread] = []

    # -- building -------------------------------------------------------------------

    def _spec(self):
        spec = load_spec(self.spec_path)
        return replace(spec, theme=self.overrides["theme"] or spec.theme,
                       locale=self.overrides["locale"] or spec.locale,
                       templates=self.overrides["templates"] or spec.templates)

    def _watched(self, spec) -> list[Path]:
        from briefgen.writers import themes

        folders = [themes.THEMES_DIR / themes.BASE]
        if spec is not None:
            folders.append(themes.THEMES_DIR / spec.theme)
            if spec.templates:
                folders.append(Path(spec.templates))
        files = [self.spec_path]
        for folder in folders:
            if folder.is_dir():
                files += [p for p in folder.rglob("*") if p.is_file()]
        return files

    def _corpus_stamp(self) -> tuple:
        return tuple(_mtime(Path(str(self.db_path) + suffix)) for suffix in ("", "-wal"))

    def _loop(self) -> None:
        from briefgen.build import make_brief
        from briefgen.corpus import Corpus

        try:
            corpus = Corpus(self.db_path)  # this thread's own connection
        except Exception as error:  # noqa: BLE001 (shown in the page, not a dead thread)
            self._fail("the corpus cannot be opened", [_one_line(error)], time.perf_counter())
            return
        brief, key = None, None
        stamp: dict | None = None
        try:
            spec = self._spec()
        except SpecError:
            spec = None
        try:
            while not self.stopping.is_set():
                files = self._watched(spec)
                now = {str(p): _mtime(p) for p in files}
                corpus_now = self._corpus_stamp()
                if stamp is not None and now == stamp["files"] and corpus_now == stamp["corpus"]:
                    self.stopping.wait(POLL_SECONDS)
                    continue
                started = time.perf_counter()
                spec_changed = stamp is None or stamp["files"].get(str(self.spec_path)) != \
                    now.get(str(self.spec_path))
                corpus_changed = stamp is None or corpus_now != stamp["corpus"]
                stamp = {"files": now, "corpus": corpus_now}
                try:
                    if spec_changed or spec is None:
                        spec = self._spec()
                    wanted = (spec, self.as_of)
                    if brief is None or corpus_changed or key != wanted:
                        brief, key = make_brief(spec, corpus, self.as_of), wanted
                    self._render(spec, brief, started)
                except SpecError as error:
                    spec = None
                    self._fail("the spec has errors", error.problems, started)
                except Exception as error:  # noqa: BLE001 (shown in the page; the server stays)
                    self._fail("the brief cannot be built", [_one_line(error)], started)
        finally:
            corpus.close()

    def _render(self, spec, brief, started: float) -> None:
        from briefgen.build import renderer_for
        from briefgen.writers.themes import TemplateError

        renderer = renderer_for(spec)
        try:
            with self.weasyprint:
                rendered, problems = renderer.render_checked(brief, ["html"])
        except TemplateError as error:
            self._fail("a template has an error", [str(error)], started)
            return
        html = rendered["html"]
        if not brief.sources:
            problems = [f"no article in {self.db_path} matches the topic of {spec.path}",
                        *problems]
        self._publish(html, problems, None, started)

    def _fail(self, title: str, problems: list[str], started: float) -> None:
        body = "".join(f"<li><code>{html_escape.escape(p)}</code></li>" for p in problems)
        page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<title>briefgen preview: {html_escape.escape(title)}</title></head>"
                "<body style=\"font:15px/1.6 sans-serif;margin:2em\">"
                f"<h1 style=\"color:#b00020;font-size:1.3em\">{html_escape.escape(title)}</h1>"
                f"<ul class=\"briefgen-problems\">{body}</ul>"
                "<p>The page reloads when the files are saved again.</p></body></html>")
        self._publish(None, problems, page.encode("utf-8"), started, title)

    def _publish(self, html: bytes | None, problems: list[str], error_page: bytes | None,
                 started: float, error: str | None = None) -> None:
        seconds = time.perf_counter() - started
        with self.changed:
            self.version += 1
            self.html, self.problems, self.error = html, problems, error
            self.last_build_seconds = seconds
            source = html if html is not None else error_page
            self.page = _decorate(source, self.version, problems if html is not None else [],
                                  seconds, html is not None)
            self.changed.notify_all()
        self.ready.set()
        state = f"error: {error}" if error else f"{len(problems)} warning(s)" if problems \
            else "ok"
        print(f"rebuilt in {seconds * 1000:.0f} ms ({state})", file=sys.stderr, flush=True)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr, flush=True)

    def pdf_bytes(self) -> bytes | None:
        """The PDF of the current HTML, made on request and kept until the next rebuild."""
        from briefgen.writers.pdf import html_to_pdf

        with self.changed:
            version, html = self.version, self.html
        if html is None:
            return None
        if self.pdf and self.pdf[0] == version:
            return self.pdf[1]
        with self.weasyprint:
            data = html_to_pdf(html.decode("utf-8"))
        self.pdf = (version, data)
        return data

    # -- serving --------------------------------------------------------------------

    def start(self, port: int = 8000) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.httpd.daemon_threads = True
        builder = threading.Thread(target=self._loop, name="preview-builder", daemon=True)
        builder.start()
        self.ready.wait()
        server = threading.Thread(target=self.httpd.serve_forever, name="preview-http",
                                  daemon=True)
        server.start()
        self.threads = [builder, server]

    @property
    def url(self) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def wait(self) -> None:
        while not self.stopping.wait(0.5):
            pass

    def stop(self) -> None:
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
        for thread in self.threads:
            thread.join(timeout=5)


def _mtime(path: Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _one_line(error: Exception) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


def _decorate(page: bytes, version: int, problems: list[str], seconds: float,
              built: bool) -> bytes:
    """The page with the preview's bar (PDF link, warnings with file and line) and the
    script that reloads it after the next rebuild."""
    items = "".join(f"<li><code>{html_escape.escape(p)}</code></li>" for p in problems)
    warnings = (f"<p style=\"margin:.3em 0 0;font-weight:bold\">{len(problems)} warning(s)"
                f"</p><ul class=\"briefgen-problems\" style=\"margin:0;padding-left:1.2em\">"
                f"{items}</ul>") if problems else ""
    link = "<a href=\"/brief.pdf\" target=\"_blank\">PDF</a> · " if built else ""
    bar = (f"<aside id=\"briefgen-preview\" data-version=\"{version}\" "
           f"style=\"{BAR_STYLE}\">{link}preview, rebuilt in {seconds * 1000:.0f} ms"
           f"{warnings}</aside>")
    addition = (bar + RELOAD_SCRIPT % {"version": version}).encode("utf-8")
    end = page.rfind(b"</body>")
    return page[:end] + addition + page[end:] if end >= 0 else page + addition


def _handler(preview: Preview) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's name)
            pass  # the builder's lines are what matters on the terminal

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            url = urlsplit(self.path)
            if url.path in ("/", "/index.html"):
                with preview.changed:
                    page = preview.page
                self._send(200, "text/html; charset=utf-8", page)
            elif url.path == "/events":
                version = parse_qs(url.query).get("version", ["0"])[0]
                self._events(int(version) if version.isdigit() else 0)
            elif url.path == "/brief.pdf":
                try:
                    data = preview.pdf_bytes()
                except Exception as error:  # noqa: BLE001 (said in the response)
                    self._send(500, "text/plain; charset=utf-8",
                               f"the PDF cannot be made: {_one_line(error)}".encode("utf-8"))
                    return
                if data is None:
                    self._send(409, "text/plain; charset=utf-8",
                               b"the brief has errors; fix them to get the PDF")
                else:
                    self._send(200, "application/pdf", data)
            elif url.path == "/status.json":
                with preview.changed:
                    status = {"version": preview.version, "error": preview.error,
                              "problems": preview.problems,
                              "seconds": round(preview.last_build_seconds, 4)}
                self._send(200, "application/json",
                           json.dumps(status, ensure_ascii=False).encode("utf-8"))
            else:
                self._send(404, "text/plain; charset=utf-8", b"not found")

        def _events(self, seen: int) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.close_connection = True
            try:
                while not preview.stopping.is_set():
                    with preview.changed:
                        preview.changed.wait_for(
                            lambda: preview.version != seen or preview.stopping.is_set(),
                            timeout=KEEP_ALIVE_SECONDS)
                        version = preview.version
                    if preview.stopping.is_set():
                        break
                    if version != seen:
                        self.wfile.write(f"event: reload\ndata: {version}\n\n".encode())
                        seen = version
                    else:
                        self.wfile.write(b": still here\n\n")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler
