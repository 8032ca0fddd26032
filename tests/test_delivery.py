"""Mailing digest issues to a real SMTP server on 127.0.0.1 (aiosmtpd), started by the test:
what arrives (recipients, subject, HTML, text, a PDF that opens), once and only once, held
with --no-send, sent again on purpose, retried after a refusal; the password never lands
anywhere."""

from __future__ import annotations

import io
import json
import socket
import ssl
import subprocess
from email import message_from_bytes, policy
from pathlib import Path

import lxml.html
import pypdf
import pytest
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from typer.testing import CliRunner

from briefgen import delivery
from briefgen.cli import app
from briefgen.corpus import Corpus
from briefgen.digest_spec import Delivery, load_digest_spec
from briefgen.spec import SpecError
from test_digest import Newsroom, example_articles, summary_line  # noqa: F401 (a fixture)

PASSWORD = "Pw-7f3a9c-never-stored"
USER = "digest-bot"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """An SMTP handler that keeps what it receives; refuses the first `refuse` messages."""

    def __init__(self, refuse: int = 0) -> None:
        self.refuse, self.received, self.logins = refuse, [], []

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 mailbox busy, try again later"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos),
                              message_from_bytes(envelope.original_content,
                                                 policy=policy.default)))
        return "250 2.0.0 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=self.logins[-1] == (USER, PASSWORD), handled=False)

    def subjects(self) -> list[str]:
        return [message["Subject"] for _, _, message in self.received]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the spec's ca_file trusts it)."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
                   check=True, capture_output=True)
    return folder / "cert.pem", folder / "key.pem"


def server_context(certificate) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    return context


@pytest.fixture
def smtp(certificate):
    """A STARTTLS server that asks for a login, like a real submission port."""
    mailbox, port = Mailbox(), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port,
                            tls_context=server_context(certificate), require_starttls=True,
                            authenticator=mailbox.authenticate, auth_required=True)
    controller.start()
    mailbox.port = port
    yield mailbox
    controller.stop()


def room(tmp_path, articles, port, **delivery_changes) -> Newsroom:
    settings = {"host": "127.0.0.1", "port": port, "from": "编辑部 <desk@example.org>",
                "to": ["甲 <a@example.org>", "b@example.org"], "cc": ["c@example.org"],
                "bcc": ["hidden@example.org"], "timeout": 10, **delivery_changes}
    return Newsroom(tmp_path, articles, delivery=settings,
                    base_url="https://reports.example.org/")


def test_an_issue_is_mailed_once_with_html_text_and_pdf(tmp_path, example_articles, smtp,
                                                        certificate):
    newsroom = room(tmp_path, example_articles, smtp.port, security="starttls", user=USER,
                    password_env="DIGEST_SMTP_PASSWORD", ca_file=str(certificate[0]))
    newsroom.arrive("2024-W28")
    runner = CliRunner()
    env = {"DIGEST_SMTP_PASSWORD": PASSWORD}
    result = runner.invoke(app, newsroom.args("--week", "2024-W28", "--json"), env=env)
    assert result.exit_code == 0, result.output
    assert summary_line(result.stdout)["sent"] == ["2024-W28"]
    assert smtp.logins == [(USER, PASSWORD)]
    [(sender, recipients, message)] = smtp.received
    assert sender == "desk@example.org"
    assert recipients == ["a@example.org", "b@example.org", "c@example.org",
                          "hidden@example.org"]
    assert message["Subject"] == "朝鲜半岛安全周报（2024年第1期 总第1期）"
    assert "a@example.org" in message["To"] and "甲" in message["To"]
    assert message["Cc"] == "c@example.org" and message["Bcc"] is None
    assert "hidden@example.org" not in message.as_string()
    assert message["Message-ID"] and message["Date"]
    # the HTML body: styled inline (mail programs drop <style> and CSS variables)
    html = message.get_body(("html",)).get_content()
    page = lxml.html.fromstring(html)
    assert page.xpath("//style") == [] and "var(--" not in html
    assert page.xpath("//h1")[0].text_content() == "朝鲜半岛安全周报"
    assert "2024年第1期" in page.text_content() and "本周要闻" in page.text_content()
    assert all(element.get("style") for element in page.xpath("//p|//h1|//h2"))
    assert "https://reports.example.org/weekly/2024/01/2024-01.html" in html
    # the plain-text part tells the same issue
    text = message.get_body(("plain",)).get_content()
    assert "朝鲜半岛安全周报" in text and "本周要闻" in text
    # the PDF attached is the issue's PDF, and it opens
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "2024-01.pdf"
    data = attachment.get_content()
    assert data == (newsroom.series / "2024/01/2024-01.pdf").read_bytes()
    pdf = pypdf.PdfReader(io.BytesIO(data))
    assert len(pdf.pages) >= 1 and "朝鲜半岛安全周报" in pdf.pages[0].extract_text()

    # a re-run of the week never mails it again; `digest list` says when it went out
    rerun = runner.invoke(app, newsroom.args("--week", "2024-W28", "--json"), env=env)
    assert rerun.exit_code == 0 and summary_line(rerun.stdout)["sent"] == []
    assert len(smtp.received) == 1
    listing = runner.invoke(app, ["digest", "list", str(newsroom.spec_path), "--db",
                                  str(newsroom.db)])
    [row] = [line.split() for line in listing.stdout.splitlines()
             if line.strip().startswith("2024-W28")]
    assert row[-1].endswith("Z") and row[-1][:2] == "20"  # the sent time, not "-"

    # --no-send: the next issue is built and held
    newsroom.arrive("2024-W29")
    held = runner.invoke(app, newsroom.args("--week", "2024-W29", "--no-send", "--json"),
                         env=env)
    assert held.exit_code == 0 and summary_line(held.stdout)["sent"] == []
    assert (newsroom.series / "2024/02/2024-02.pdf").is_file()
    assert len(smtp.received) == 1
    assert runner.invoke(app, newsroom.args("--week", "2024-W29"), env=env).exit_code == 0
    assert len(smtp.received) == 1  # held issues are sent only on purpose

    # on purpose: `digest send --issue`, by running number or by week
    for wanted, subject in (("2", "朝鲜半岛安全周报（2024年第2期 总第2期）"),
                            ("2024-W28", "朝鲜半岛安全周报（2024年第1期 总第1期）")):
        sent = runner.invoke(app, ["digest", "send", str(newsroom.spec_path), "--db",
                                   str(newsroom.db), "--issue", wanted], env=env)
        assert sent.exit_code == 0, sent.output
        assert smtp.subjects()[-1] == subject
    assert len(smtp.received) == 3
    unknown = runner.invoke(app, ["digest", "send", str(newsroom.spec_path), "--db",
                                  str(newsroom.db), "--issue", "9"], env=env)
    assert unknown.exit_code == 2 and "no issue '9'" in unknown.stderr

    # the password was used, and written nowhere: database, site, logs, summaries
    secret = PASSWORD.encode()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path
    for output in (result, rerun, held, sent):
        assert PASSWORD not in output.output
    with Corpus(newsroom.db) as corpus:
        dump = "\n".join(corpus.db.iterdump())
    assert PASSWORD not in dump


def test_a_refusing_server_gets_the_issue_on_the_next_run_exactly_once(tmp_path,
                                                                       example_articles):
    mailbox, port = Mailbox(refuse=1), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        newsroom = room(tmp_path, example_articles, port, security="none")
        newsroom.arrive("2024-W28")
        first = newsroom.run("2024-W28", "--json")
        assert first.exit_code == 4, first.output  # built, not delivered
        summary = summary_line(first.stdout)
        assert summary["status"] == "failed" and summary["sent"] == []
        assert summary["issue"] == {"year": 2024, "number": 1, "total": 1}
        assert "451" in summary["error"] and "try again later" in summary["error"]
        assert "sending 2024-W28 failed (the next run tries again)" in first.stderr
        assert mailbox.received == []
        assert (newsroom.series / "2024/01/2024-01.pdf").is_file()  # the issue is kept
        status = CliRunner().invoke(app, ["digest", "status", str(newsroom.spec_path),
                                          "--db", str(newsroom.db)])
        assert status.exit_code == 1 and "451" in status.stderr
        newsroom.arrive("2024-W29")
        second = newsroom.run("2024-W29", "--json")
        assert second.exit_code == 0, second.output
        assert summary_line(second.stdout)["sent"] == ["2024-W28", "2024-W29"]
        third = newsroom.run("2024-W29", "--json")
        assert third.exit_code == 0 and summary_line(third.stdout)["sent"] == []
        assert mailbox.subjects() == ["朝鲜半岛安全周报（2024年第1期 总第1期）",
                                      "朝鲜半岛安全周报（2024年第2期 总第2期）"]
        with Corpus(newsroom.db) as corpus:
            states = {week: (state.state, state.attempts)
                      for week, state in delivery.deliveries(corpus, "weekly").items()}
        assert states == {"2024-W28": ("sent", 2), "2024-W29": ("sent", 1)}
        status = CliRunner().invoke(app, ["digest", "status", str(newsroom.spec_path),
                                          "--db", str(newsroom.db)])
        assert status.exit_code == 0, status.output
        assert "week 2024-W29: issue 2024-02 (total 2); mail sent 20" in status.stdout
    finally:
        controller.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_a_wrong_password_and_a_missing_one(certificate, monkeypatch):
    mailbox, port = Mailbox(), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port,
                            ssl_context=server_context(certificate),
                            authenticator=mailbox.authenticate, auth_required=True,
                            auth_exclude_mechanism=["LOGIN"],
                            auth_require_tls=False)  # aiosmtpd counts only STARTTLS as TLS
    controller.start()
    try:
        settings = Delivery(host="127.0.0.1", port=port, security="tls", user=USER,
                            password_env="DIGEST_SMTP_PASSWORD", sender="desk@example.org",
                            to=("a@example.org",), ca_file=str(certificate[0]), timeout=10)
        stored = b"Subject: test\r\n\r\nbody\r\n"
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", PASSWORD)
        assert delivery.send_message(settings, stored) == ["a@example.org"]
        assert mailbox.subjects() == ["test"]
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong-" + PASSWORD)
        with pytest.raises(delivery.DeliveryError) as caught:
            delivery.send_message(settings, stored)
        assert "535" in str(caught.value) and PASSWORD not in str(caught.value)
        monkeypatch.delenv("DIGEST_SMTP_PASSWORD")
        with pytest.raises(delivery.DeliveryError, match="DIGEST_SMTP_PASSWORD is not set"):
            delivery.send_message(settings, stored)
        untrusted = Delivery(**{**settings.__dict__, "ca_file": None,
                                "password_env": None, "password_file": __file__})
        with pytest.raises(delivery.DeliveryError, match="CERTIFICATE_VERIFY_FAILED"):
            delivery.send_message(untrusted, stored)  # a server we cannot verify
        assert len(mailbox.received) == 1
    finally:
        controller.stop()


@pytest.mark.parametrize("settings, problem", [
    ({"password": "x"}, "delivery.password: a password is never written in the spec"),
    ({"to": [], "cc": []}, "delivery.to: required: at least one recipient"),
    ({"to": ["not an address"]}, "delivery.to[0]: expected an e-mail address"),
    ({"user": "me"}, "delivery.user: needs password_env or password_file"),
    ({"user": "me", "password_env": "X", "security": "none"},
     "delivery.security: a password is never sent unencrypted"),
    ({"password_env": "X", "password_file": "f", "user": "me"},
     "delivery.password_file: give password_env or password_file, not both"),
    ({"secrity": "tls"}, "delivery.secrity: unknown key; did you mean 'security'?"),
])
def test_delivery_settings_are_checked_with_file_and_line(tmp_path, settings, problem):
    data = yaml.safe_load((Path(__file__).parents[1] / "briefs/weekly.yaml")
                          .read_text("utf-8"))
    data["delivery"] = {"host": "smtp.example.org", "from": "desk@example.org",
                        "to": ["a@example.org"], **settings}
    spec = tmp_path / "weekly.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(SpecError) as caught:
        load_digest_spec(spec)
    [message] = caught.value.problems
    assert message.startswith(f"{spec}:") and problem in message
    result = CliRunner().invoke(app, ["schema", "--digest"])
    schema = json.loads(result.output)
    assert "delivery" in schema["properties"]
    assert schema["properties"]["delivery"]["properties"]["password"] is False
