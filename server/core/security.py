"""Passwords and device tokens.

Passwords are kept as Argon2id hashes (argon2-cffi's defaults, RFC 9106's second
recommendation); a login for a username that does not exist still spends one verification, so
the answer's timing does not tell which usernames exist. A device token is 32 random bytes the
device keeps; the server keeps only its SHA-256 (a token is not guessable, so a slow hash would
add nothing but cost to every request).
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()
_UNKNOWN_USER_HASH = _HASHER.hash(secrets.token_urlsafe(16))
TOKEN_PREFIX = "tjd_"  # says what the secret is when it turns up in a file or a paste


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches `stored`; `stored` None (no such user) takes as long."""
    try:
        return _HASHER.verify(stored or _UNKNOWN_USER_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _HASHER.check_needs_rehash(stored)


def new_device_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
