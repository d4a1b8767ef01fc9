"""A missing system library is named, with its package, before Qt can abort blaming another."""

from __future__ import annotations

import sys

import pytest

from duodesk.gui.display_check import (
    check_display_libraries,
    missing_library_message,
    x11_plugin,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")


def test_the_missing_library_is_named_with_the_package_to_install():
    message = missing_library_message(
        "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    )
    assert "the system library libxcb-cursor.so.0 is missing" in message
    assert "sudo apt-get install libxcb-cursor0" in message


def test_an_unknown_library_is_still_named():
    message = missing_library_message("libfoo.so.3: cannot open shared object file")
    assert "libfoo.so.3 is missing" in message
    assert "apt-get" not in message


@linux_only
def test_a_plugin_the_system_cannot_load_is_reported_instead_of_opened(tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a library")
    message = check_display_libraries(broken)
    assert message is not None and message.startswith("DuoDesk cannot open its window")


@linux_only
def test_with_the_libraries_installed_the_x11_plugin_loads(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    plugin = x11_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    assert check_display_libraries() is None


def test_offscreen_or_wayland_needs_no_x11_check(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert x11_plugin() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert x11_plugin() is None
