"""Telegram Desktop "Export chat history" JSON (`result.json`): one Report per channel post.

The export is recognised by content, not name: an object with a "messages" list and a
"name" or "type" (a whole-account export keeps such objects under "chats" → "list").
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from collections.abc import Iterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.text import decode


def read_json_file(path: pathlib.Path) -> Iterator[Report | ReadError]:
    """`.json` files: Telegram exports are read, any other JSON is reported, not guessed at."""
    try:
        data = json.loads(decode(path.read_bytes(), str(path)))
    except ReadError as err:
        yield err
        return
    except json.JSONDecodeError as exc:
        yield ReadError(str(path), f"malformed JSON ({exc.msg} at line {exc.lineno})")
        return
    chats = chats_in(data)
    if not chats:
        yield ReadError(str(path), "not a Telegram export")
        return
    for chat in chats:
        yield from reports_from_chat(chat, str(path))


def is_chat(obj: object) -> bool:
    """A single chat's export: a "messages" list and a "name" or "type"."""
    return isinstance(obj, dict) and isinstance(obj.get("messages"), list) and ("name" in obj or "type" in obj)


def chats_in(data: object) -> list[dict]:
    """The chats of a single-chat export, or of a whole-account export."""
    if is_chat(data):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("chats"), dict):
        listed = data["chats"].get("list")
        if isinstance(listed, list):
            return [chat for chat in listed if is_chat(chat)]
    return []


def reports_from_chat(chat: dict, where: str) -> Iterator[Report]:
    """Posts with text; service messages and media without a caption are skipped silently."""
    name = str(chat.get("name") or "").strip() or None
    handle = channel_handle(chat)
    for msg in chat["messages"]:
        if not isinstance(msg, dict) or msg.get("type", "message") != "message":
            continue
        text = message_text(msg.get("text")).strip()
        if not text:
            continue
        yield _report(msg, text, name, handle, where)


def _report(msg: dict, text: str, name: str | None, handle: str, where: str) -> Report:
    msg_id = msg.get("id")
    published = unix_date(msg.get("date_unixtime"))
    origin = str(msg.get("forwarded_from") or "").strip() or None
    return Report(
        id=f"{handle.replace('/', '-')}-{msg_id}",
        text=text,
        url=f"https://t.me/{handle}/{msg_id}" if msg_id is not None else None,
        outlet=name,
        published=published,
        published_source="telegram" if published else None,
        published_precision="day" if published else None,
        path=f"{where}#{msg_id}",
        origin=origin,
    )


def message_text(value: object) -> str:
    """A message's text: a string, or a list of strings and {"type", "text"} entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def unix_date(value: object) -> dt.date | None:
    """UTC day of `date_unixtime`; the export's `date` is in the exporting machine's zone."""
    try:
        return dt.datetime.fromtimestamp(int(str(value)), tz=dt.UTC).date()
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def channel_handle(chat: dict) -> str:
    """Path part of t.me links: the username, else a slug of the name, else `c/<id>`."""
    username = str(chat.get("username") or "").strip().lstrip("@")
    if username:
        return username
    slug = re.sub(r"[^a-z0-9]+", "_", str(chat.get("name") or "").lower()).strip("_")
    if slug:
        return slug
    return f"c/{chat['id']}" if chat.get("id") is not None else "channel"
