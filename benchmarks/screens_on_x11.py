"""Open every window through its keyboard shortcut on a real X server and check that it fits.

Run by hand (not a test), under a virtual screen the size of a drop-in centre laptop:

    xvfb-run -a -s "-screen 0 1366x768x24" python -m benchmarks.screens_on_x11
    QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" python -m benchmarks.screens_on_x11
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" python -m benchmarks.screens_on_x11

A project with the three examples and some simulated interviews is made in a temporary folder;
the main window is shown, each shortcut of the Keyboard shortcuts page is pressed, and every
window that opens is listed with its frame and whether it lies inside 1366x700 (the screen
less a taskbar). Screenshots go to the folder given with --shots. Exits 1 if a shortcut opens
nothing or a window does not fit.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=Path, default=None, help="folder for screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    folder = Path(tempfile.mkdtemp(prefix="duodesk-screens-"))
    os.environ["DUODESK_SETTINGS"] = str(folder / "laptop.ini")

    from PySide6.QtCore import QRect, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.gui import operations
    from duodesk.gui.main_window import MainWindow
    from duodesk.gui.screen_fit import ScreenFitter
    from duodesk.gui.style import apply_style
    from duodesk.resources import example_forms
    from duodesk.storage.database import Database
    from duodesk.storage.importer import import_responses

    app = QApplication(sys.argv[:1])
    apply_style(app)
    app.installEventFilter(ScreenFitter(app))
    database = Database.open(folder / "project.duodesk")
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    for path in example_forms():
        form = read_xlsform(path)
        write_responses_csv(form, simulate_answers(form, 30), folder / "data.csv")
        import_responses(database, form.form_id, folder / "data.csv")

    def wait(ms: int) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(ms)
        while timer.isActive():
            app.processEvents()

    screen = app.primaryScreen().geometry()
    scale = 1366 / screen.width()
    limit = QRect(0, 0, round(1366 / scale), round(700 / scale))  # in Qt's logical pixels
    main = MainWindow(database)
    main.show()
    wait(1500)
    problems = 0
    shortcuts = [
        ("Ctrl+I", Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
        ("Ctrl+L", Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
        ("Ctrl+R", Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
        ("Ctrl+E", Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
        ("Ctrl+D", Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
        ("Ctrl+N", Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        ("F1", Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    ]
    print(f"screen {screen.width()}x{screen.height()} (logical), limit {limit.size().toTuple()}")
    for name, key, modifiers in shortcuts:
        before = {w for w in app.topLevelWidgets() if w.isVisible()}
        main.activateWindow()
        wait(200)
        QTest.keyClick(main, key, modifiers)
        wait(2500)
        opened = [w for w in app.topLevelWidgets() if w.isVisible() and w not in before]
        if not opened:
            print(f"{name:7s} opened nothing")
            problems += 1
            continue
        for window in opened:
            frame = window.frameGeometry()
            fits = limit.contains(frame)
            problems += not fits
            print(
                f"{name:7s} {type(window).__name__:22s} frame {frame.x()},{frame.y()} "
                f"{frame.width()}x{frame.height()} {'fits' if fits else 'DOES NOT FIT'}"
            )
            if args.shots is not None:
                args.shots.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(args.shots / f"{type(window).__name__}.png"))
            window.close()
            wait(300)
    main_frame = main.frameGeometry()
    fits = limit.contains(main_frame)
    problems += not fits
    print(f"main    MainWindow             frame {main_frame.getRect()} {'fits' if fits else 'NO'}")
    database.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
