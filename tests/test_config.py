"""Settings resolution: defaults < config file < TIDINGS_* environment < overrides, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.config import SETTINGS, Settings, load_settings
from tidings.errors import ConfigError

NO_FILE = Path("/nonexistent/tidings/config.toml")


@pytest.fixture(autouse=True)
def _no_outside_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep the developer's own config and TIDINGS_* variables out of these tests."""
    import os

    for name in list(os.environ):
        if name.startswith("TIDINGS_") and name != "TIDINGS_SHARED":
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    settings = load_settings(config_path=NO_FILE, environ={})
    assert settings == Settings()
    assert (settings.model, settings.max_input_mb, settings.min_confidence) == ("auto", 20, 0.0)
    assert (settings.home_country_share, settings.batch_size) == (0.4, 64)
    # the declared table and the dataclass agree
    assert {s.name: s.default for s in SETTINGS} == Settings().__dict__


def test_config_file_beats_defaults(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[tidings]\nmodel = "en_core_web_md"\nmin_confidence = 0.3\n')
    settings = load_settings(config_path=path, environ={})
    assert (settings.model, settings.min_confidence, settings.batch_size) == ("en_core_web_md", 0.3, 64)


def test_config_file_without_a_table(tmp_path: Path) -> None:
    path = write_config(tmp_path, "batch_size = 4\n")
    assert load_settings(config_path=path, environ={}).batch_size == 4


def test_environment_beats_config_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, "[tidings]\nmin_confidence = 0.3\nbatch_size = 4\n")
    settings = load_settings(config_path=path, environ={"TIDINGS_MIN_CONFIDENCE": "0.5"})
    assert settings.min_confidence == 0.5  # from the environment, converted to float
    assert settings.batch_size == 4  # still from the file


def test_overrides_beat_environment(tmp_path: Path) -> None:
    path = write_config(tmp_path, "[tidings]\nmin_confidence = 0.3\n")
    env = {"TIDINGS_MIN_CONFIDENCE": "0.5", "TIDINGS_MODEL": "from_env"}
    settings = load_settings({"min_confidence": 0.7, "model": None}, config_path=path, environ=env)
    assert settings.min_confidence == 0.7
    assert settings.model == "from_env"  # a None override (flag not given) changes nothing


def test_process_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDINGS_BATCH_SIZE", "8")
    assert load_settings(config_path=NO_FILE).batch_size == 8


def test_tidings_config_variable_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config(tmp_path, "[tidings]\nmax_input_mb = 5\n")
    assert load_settings(environ={"TIDINGS_CONFIG": str(path)}).max_input_mb == 5
    monkeypatch.setenv("TIDINGS_CONFIG", str(path))
    assert load_settings().max_input_mb == 5  # the process environment by default


def test_default_config_file_is_read(tmp_path: Path) -> None:
    default = tmp_path / "xdg" / "tidings" / "config.toml"
    default.parent.mkdir(parents=True)
    default.write_text("[tidings]\nbatch_size = 2\n", encoding="utf-8")
    assert load_settings(environ={}).batch_size == 2


def test_replace_converts_and_ignores_none() -> None:
    base = Settings()
    changed = base.replace(batch_size="32", min_confidence=None)
    assert changed.batch_size == 32 and changed.min_confidence == 0.0
    assert base.batch_size == 64  # frozen: replace returns a new object


# -- errors, word for word -----------------------------------------------------------------------------------
def test_bad_value_from_environment() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(config_path=NO_FILE, environ={"TIDINGS_BATCH_SIZE": "many"})
    assert str(info.value) == "setting 'batch_size' must be int, got 'many'"
    assert info.value.exit_code == 3


def test_bad_value_from_override() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings({"min_confidence": "high"}, config_path=NO_FILE, environ={})
    assert str(info.value) == "setting 'min_confidence' must be float, got 'high'"


def test_bad_value_from_config_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[tidings]\nmax_input_mb = "lots"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(config_path=path, environ={})
    assert str(info.value) == "setting 'max_input_mb' must be int, got 'lots'"


def test_unknown_setting_in_config_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[tidings]\ncolour = "red"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(config_path=path, environ={})
    assert str(info.value) == (
        "unknown setting 'colour'; known: model, max_input_mb, min_confidence, "
        "home_country_share, batch_size, workers"
    )


def test_unreadable_config_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, "[tidings\nmodel = \n")
    with pytest.raises(ConfigError) as info:
        load_settings(config_path=path, environ={})
    assert str(info.value).startswith(f"{path}: cannot read config file: ")


def test_unrelated_environment_variables_are_ignored() -> None:
    settings = load_settings(config_path=NO_FILE, environ={"TIDINGS_COLOUR": "red", "MODEL": "x"})
    assert settings == Settings()
