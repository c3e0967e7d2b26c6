"""Sync failures in the interface language: `app.sync` gives each failure a `code` and an
English sentence; the window says it in its own words. Every code app.sync gives its own
failures (app.sync.client.CLIENT_CODES) and the server's codes a person can act on
(SERVER_CODES) have words here in every language; another code from the server is said as a
general sentence naming it (in English, the server's own sentence is kept instead)."""

from __future__ import annotations

from app.ui.i18n import SOURCE_LANGUAGE, current_language, isolate_ltr
from app.ui.qt import QCoreApplication

SIGN_IN_AGAIN = ("token_revoked", "token_unknown", "token_missing")


def sync_error_text(code: str | None, sentence: str, server: str = "") -> str:
    """The sentence for a sync or sign-in failure `code` (SyncError.code), with what to do."""
    where = isolate_ltr(server) if server else ""
    code = code or ""
    texts = {
        "bad_address": QCoreApplication.translate(
            "SyncError",
            "That is not a server address. Type the address your supervisor gave you, such as "
            "https://tinjau.example.org.",
        ),
        "insecure_http": QCoreApplication.translate(
            "SyncError",
            "This address is plain http: your password and this computer's sign-in would cross "
            "the network unencrypted. Use the server's https:// address (plain http works only "
            "for a server on this computer itself).",
        ),
        "no_user": QCoreApplication.translate("SyncError", "Type your user name on the server."),
        "no_password": QCoreApplication.translate("SyncError", "Type your password."),
        "login_failed": QCoreApplication.translate(
            "SyncError",
            "The user name or the password is wrong. Check both (capital letters count) and "
            "try again.",
        ),
        "login_rate_limited": QCoreApplication.translate(
            "SyncError",
            "Too many wrong passwords were typed here, so the server refuses sign-ins for a "
            "while. Wait a few minutes and try again, or ask your administrator to reset your "
            "password.",
        ),
        "account_disabled": QCoreApplication.translate(
            "SyncError",
            "Your account is disabled on the server. Ask your administrator to enable it again.",
        ),
        "unreachable": QCoreApplication.translate(
            "SyncError",
            "The server at %1 could not be reached. Check the address and the connection "
            "(Wi-Fi or mobile data), then try again. Nothing waiting to be sent was lost.",
        ),
        "timeout": QCoreApplication.translate(
            "SyncError",
            "The server at %1 did not answer in time. Try again when the connection is better. "
            "Nothing waiting to be sent was lost.",
        ),
        "not_tinjau": QCoreApplication.translate(
            "SyncError",
            "The address %1 did not answer like a Tinjau server. Check the address, or first "
            "sign in to the network in a web browser (a hotel or office Wi-Fi may ask).",
        ),
        "not_signed_in": QCoreApplication.translate(
            "SyncError",
            "This computer is not signed in to a server yet. Sign in first (Sync > Sign in to "
            "server…).",
        ),
        "credentials_damaged": QCoreApplication.translate(
            "SyncError",
            "This computer's sign-in file is damaged. Sign in again (Sync > Sign in to server…).",
        ),
        "client_outdated": QCoreApplication.translate(
            "SyncError",
            "The server at %1 needs a newer version of Tinjau. Update the app, then sync again. "
            "Nothing waiting to be sent was lost.",
        ),
        "bad_receipt": QCoreApplication.translate(
            "SyncError",
            "The server's answer could not be read, so nothing was marked as sent. Sync again; "
            "if it keeps happening, tell your administrator.",
        ),
        "file_missing": QCoreApplication.translate(
            "SyncError",
            "A file (a photo or a recording) that a completed interview names is missing from "
            "the data folder's attachments folder. Put the whole data folder back from a copy, "
            "then sync again. Nothing was lost on the server.",
        ),
        "file_damaged": QCoreApplication.translate(
            "SyncError",
            "A file (a photo or a recording) in the data folder's attachments folder was damaged "
            "on this computer: it no longer matches what its interview names. Put the data "
            "folder back from a copy, then sync again. Nothing of it was sent.",
        ),
        "file_shorter": QCoreApplication.translate(
            "SyncError",
            "A file (a photo or a recording) in the data folder's attachments folder is shorter "
            "than its interview says: it was changed on this computer. Put the data folder back "
            "from a copy, then sync again. Nothing of it was sent.",
        ),
        "files_answer_unreadable": QCoreApplication.translate(
            "SyncError",
            "The server at %1 answered about files in a way this app cannot read. Tell your "
            "administrator: the server or the app may need updating. Nothing waiting to be sent "
            "was lost.",
        ),
        "pull_unreadable": QCoreApplication.translate(
            "SyncError",
            "The server's answer to a pull could not be read, so nothing of it was stored. Sync "
            "again; if it keeps happening, tell your administrator.",
        ),
        "attachments_missing": QCoreApplication.translate(
            "SyncError",
            "The server at %1 still lacks files (photos or recordings) that interviews waiting "
            "to be sent name, so it stored nothing. Sync again; if it keeps happening, tell your "
            "administrator. Nothing waiting to be sent was lost.",
        ),
        "form_version_unknown": QCoreApplication.translate(
            "SyncError",
            "An interview waiting to be sent was made with a form version the server at %1 does "
            "not have, so it stored nothing. Ask your supervisor to publish that form version "
            "on the server, then sync again. Nothing waiting to be sent was lost.",
        ),
    }
    for revoked in SIGN_IN_AGAIN:
        texts[revoked] = QCoreApplication.translate(
            "SyncError",
            "The server at %1 no longer accepts this computer's sign-in. Sign in again (Sync > "
            "Sign in to server…). Nothing waiting to be sent was lost.",
        )
    text = texts.get(code)
    if text is None and code.startswith("http_5"):
        text = QCoreApplication.translate(
            "SyncError",
            "The server at %1 had a problem and could not take the work. Try again later. "
            "Nothing waiting to be sent was lost.",
        )
    if text is None and code and current_language() != SOURCE_LANGUAGE:
        # A refusal this window has no words of its own for: its English sentence (which
        # quotes the server) would be lost on the worker, so say it in their language, with
        # the code for the administrator.
        text = QCoreApplication.translate(
            "SyncError",
            "The server at %1 refused the work (%2). Tell your administrator, giving them that "
            "code. Nothing waiting to be sent was lost.",
        ).replace("%2", isolate_ltr(code))
    if text is None:
        return sentence
    return text.replace("%1", where)


def progress_text(phase: str, done: int, total: int) -> str:
    """Where a sync is (`app.sync.run.SyncProgress`), as the sync panel and the first-run
    assistant both say it: files by size, changes by count; a phase a later version adds is
    just "syncing"."""
    from app.ui.qt import QLocale

    locale = QLocale()
    if phase == "files":
        text = (
            QCoreApplication.translate("SyncPanel", "Uploading files: %1 of %2")
            if total
            else QCoreApplication.translate("SyncPanel", "Uploading files…")
        )
        return text.replace("%1", data_size(done)).replace("%2", data_size(total))
    if phase == "push":
        text = QCoreApplication.translate("SyncPanel", "Sending: %1 of %2 changes")
    elif phase == "pull":
        text = (
            QCoreApplication.translate("SyncPanel", "Receiving: %1 of %2 changes")
            if total
            else QCoreApplication.translate("SyncPanel", "Receiving…")
        )
    else:
        text = (
            QCoreApplication.translate("SyncPanel", "Syncing: %1 of %2")
            if total
            else QCoreApplication.translate("SyncPanel", "Syncing…")
        )
    return text.replace("%1", locale.toString(int(done))).replace("%2", locale.toString(int(total)))


def data_size(size: int) -> str:
    """A number of bytes as people read it, in the interface's digits ("1.5 MB")."""
    from app.ui.qt import QLocale

    return QLocale().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)
