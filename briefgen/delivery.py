"""E-mail delivery of digest issues: each new issue once, to the spec's recipients.

The mail is composed when the issue is built and recorded with it in the database (HTML
body with inline styles, the Markdown as the plain-text part, the PDF attached), without
addresses or password. Sending adds the addresses of the spec as it is then, logs in with
the password read from the environment or a file at that moment, and records the outcome:
a failed send is retried by the next run, a sent issue is never sent again unless asked.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid, parseaddr

from briefgen.corpus import Corpus
from briefgen.digest_spec import Delivery, DigestSpec
from briefgen.model import Brief
from briefgen.writers import Renderer, themes
from briefgen.writers.context import context

log = logging.getLogger("briefgen.digest")

PORTS = {"starttls": 587, "tls": 465, "none": 25}
MAIL_TEMPLATE = "mail.html"


class DeliveryError(Exception):
    """A mail that could not be sent; the message says why (never the password)."""


# --- composing --------------------------------------------------------------------------


def subject(brief: Brief) -> str:
    """朝鲜半岛安全周报（2024年第3期 总第3期）: the title and the issue line."""
    line = " ".join(filter(None, (brief.masthead.get("issue"), brief.masthead.get("issue_total"))))
    if not line:
        return brief.title
    return f"{brief.title}（{line}）" if brief.spec.get("locale", "zh").startswith("zh") \
        else f"{brief.title} ({line})"


def compose(spec: DigestSpec, brief: Brief, renderer: Renderer, rendered: dict[str, bytes],
            stem: str) -> bytes:
    """The issue's mail without addresses: an HTML body and its plain-text alternative,
    the PDF attached."""
    view = context(brief, spec.locale, spec.theme)
    web = f"{spec.base_url.rstrip('/')}/{spec.folder}/{stem[:4]}/{stem[5:]}/{stem}.html" \
        if spec.base_url else None
    html = themes.render(spec.theme, spec.templates, spec.locale, MAIL_TEMPLATE,
                         {**view, "web_url": web, "attachment": f"{stem}.pdf"})
    text = (rendered.get("md") or renderer.md(brief)).decode("utf-8")
    if web:
        text += f"\n{web}\n"
    pdf = rendered.get("pdf") or renderer.pdf(brief, rendered.get("html"))
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = subject(brief)
    message["Content-Language"] = view["lang"]
    message.set_content(text, subtype="plain", charset="utf-8", cte="8bit"
                        if all(len(line) < 900 for line in text.splitlines()) else "base64")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{stem}.pdf")
    return message.as_bytes()


# --- recording ---------------------------------------------------------------------------


def record(corpus: Corpus, series: str, week: str, message: bytes, *, new: bool,
           hold: bool) -> None:
    """Keep an issue's mail (inside the build's transaction). A new issue waits to be sent,
    or is held with --no-send; a rebuilt one keeps its state: sent stays sent."""
    updated = corpus.db.execute("UPDATE digest_deliveries SET message = ? WHERE series = ? AND "
                                "week = ?", (message, series, week)).rowcount
    if not updated:
        corpus.db.execute("INSERT INTO digest_deliveries (series, week, state, message) "
                          "VALUES (?, ?, ?, ?)",
                          (series, week, "pending" if new and not hold else "held", message))


@dataclass
class DeliveryRecord:
    week: str
    state: str  # pending, sent, failed, held
    attempts: int
    error: str | None
    sent: str | None
    recipients: list[str]


def deliveries(corpus: Corpus, series: str) -> dict[str, DeliveryRecord]:
    """Each week's delivery state."""
    rows = corpus.db.execute("SELECT week, state, attempts, error, sent, recipients FROM "
                             "digest_deliveries WHERE series = ?", (series,))
    return {row[0]: DeliveryRecord(*row[:5], json.loads(row[5] or "[]")) for row in rows}


def due(corpus: Corpus, series: str) -> list[str]:
    """Weeks whose mail waits to be sent or failed before, oldest first."""
    return [week for (week,) in corpus.db.execute(
        "SELECT week FROM digest_deliveries WHERE series = ? AND state IN ('pending', "
        "'failed') ORDER BY week", (series,))]


# --- sending -----------------------------------------------------------------------------


def password(delivery: Delivery) -> str | None:
    """Read at the moment of sending, never stored."""
    if delivery.password_env:
        value = os.environ.get(delivery.password_env)
        if not value:
            raise DeliveryError(f"delivery.password_env: the environment variable "
                                f"{delivery.password_env} is not set")
        return value
    if delivery.password_file:
        try:
            with open(delivery.password_file, encoding="utf-8") as handle:
                value = handle.read().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as error:
            raise DeliveryError(f"delivery.password_file: cannot read "
                                f"{delivery.password_file}: "
                                f"{getattr(error, 'strerror', None) or error}") from None
        if not value:
            raise DeliveryError(f"delivery.password_file: {delivery.password_file} is empty")
        return value
    return None


def _addressed(delivery: Delivery, stored: bytes) -> EmailMessage:
    message = message_from_bytes(stored, _class=EmailMessage, policy=policy.SMTP)
    message["From"] = delivery.sender
    if delivery.to:
        message["To"] = ", ".join(delivery.to)
    if delivery.cc:
        message["Cc"] = ", ".join(delivery.cc)
    message["Date"] = format_datetime(datetime.now(timezone.utc))
    domain = parseaddr(delivery.sender)[1].rsplit("@", 1)[-1]
    message["Message-ID"] = make_msgid("briefgen", domain=domain)
    return message


def send_message(delivery: Delivery, stored: bytes) -> list[str]:
    """Send one stored mail to the spec's recipients; the addresses it went to."""
    message = _addressed(delivery, stored)
    envelope = [address for _, address in getaddresses(delivery.recipients)]
    port = delivery.port or PORTS[delivery.security]
    secret = password(delivery)
    tls = ssl.create_default_context(cafile=delivery.ca_file)
    where = f"{delivery.host}:{port}"
    try:
        if delivery.security == "tls":
            server = smtplib.SMTP_SSL(delivery.host, port, timeout=delivery.timeout,
                                      context=tls)
        else:
            server = smtplib.SMTP(delivery.host, port, timeout=delivery.timeout)
        with server:
            if delivery.security == "starttls":
                server.starttls(context=tls)
            if delivery.user:
                server.login(delivery.user, secret)
            refused = server.send_message(message, from_addr=parseaddr(delivery.sender)[1],
                                          to_addrs=envelope)
    except smtplib.SMTPRecipientsRefused as error:
        raise DeliveryError(f"{where} refused every recipient: "
                            f"{_reasons(error.recipients)}") from None
    except smtplib.SMTPResponseException as error:
        reply = error.smtp_error.decode("utf-8", "replace") \
            if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
        raise DeliveryError(f"{where} answered {error.smtp_code} {reply}") from None
    except (smtplib.SMTPException, OSError) as error:  # refused, timed out, TLS failed
        raise DeliveryError(f"{where}: {getattr(error, 'strerror', None) or error}") from None
    if refused:
        log.warning("%s refused some recipients: %s", where, _reasons(refused))
    return [address for address in envelope if address not in refused]


def _reasons(refused: dict) -> str:
    return "; ".join(f"{address} ({code} {reply.decode('utf-8', 'replace')})"
                     for address, (code, reply) in refused.items())


def deliver(corpus: Corpus, spec: DigestSpec, week: str) -> list[str]:
    """Send the mail of one issue and record the outcome; raise `DeliveryError` (recorded
    as failed, to retry) when it could not be sent."""
    row = corpus.db.execute("SELECT message FROM digest_deliveries WHERE series = ? AND "
                            "week = ?", (spec.folder, week)).fetchone()
    if row is None:
        raise DeliveryError(f"{week} has no mail: it was built before delivery: was set up; "
                            f"rebuild it with --week {week}")
    try:
        recipients = send_message(spec.delivery, row[0])
    except DeliveryError as error:
        with corpus.transaction():
            corpus.db.execute(
                "UPDATE digest_deliveries SET attempts = attempts + 1, error = ?, state = CASE "
                "state WHEN 'sent' THEN 'sent' ELSE 'failed' END WHERE series = ? AND week = ?",
                (str(error), spec.folder, week))
        raise
    with corpus.transaction():
        corpus.db.execute(
            "UPDATE digest_deliveries SET state = 'sent', attempts = attempts + 1, error = NULL, "
            "sent = ?, recipients = ? WHERE series = ? AND week = ?",
            (datetime.now(timezone.utc).isoformat(timespec="seconds"), json.dumps(recipients),
             spec.folder, week))
    log.info("sent %s to %d recipients through %s", week, len(recipients), spec.delivery.host)
    return recipients


def deliver_due(corpus: Corpus, spec: DigestSpec) -> tuple[list[str], list[str]]:
    """Send every mail that waits or failed before, oldest first: (weeks sent, errors)."""
    sent, errors = [], []
    for week in due(corpus, spec.folder):
        try:
            deliver(corpus, spec, week)
            sent.append(week)
        except DeliveryError as error:
            log.error("sending %s failed (the next run tries again): %s", week, error)
            errors.append(f"{week}: {error}")
    return sent, errors
