// Measures what a team lead feels on a large team: opening a period, one frame of a drag,
// and re-validating after a drop. Prints a table; no assertion (see tests/bench/README.md).
#include "MainWindow.h"
#include "demo/DemoTeam.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace shiftlane;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double worst(const std::vector<double>& values)
{
    return *std::max_element(values.begin(), values.end());
}

double ms(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int freelancers = argc > 1 ? std::atoi(argv[1]) : 200;
    const int weeks = argc > 2 ? std::atoi(argv[2]) : 4;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.shiftlane"));
    {
        auto db = Database::create(path);
        DemoOptions options;
        options.freelancers = freelancers;
        options.weeks = weeks;
        options.start = QDate(2026, 11, 30);
        writeDemoTeam(*db, options);
    }

    std::vector<double> open, frame, drop;
    for (int round = 0; round < 5; ++round) {
        ui::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.setPeriodWeeks(weeks);
        QElapsedTimer timer;
        timer.start();
        if (const auto error = window.openFile(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(*error));
            return 1;
        }
        window.timeline()->viewport()->repaint();
        open.push_back(ms(timer));

        ui::TimelineView* view = window.timeline();
        // The first shift on screen, dragged right across two hours in small steps.
        const Shift* target = nullptr;
        for (const Shift& s : window.snapshot().shifts)
            if (!view->shiftRect(s.id).isEmpty() &&
                view->viewport()->rect().contains(view->shiftRect(s.id).center())) {
                target = &s;
                break;
            }
        if (!target)
            return 1;
        const QPoint from = view->shiftRect(target->id).center();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QPoint at = from;
        for (int step = 1; step <= 20; ++step) {
            at = from + QPoint(step * 3, step % 3 == 0 ? view->layout().rowHeight() : 0);
            timer.restart();
            QTest::mouseMove(view->viewport(), at);
            view->viewport()->repaint();
            frame.push_back(ms(timer));
        }
        timer.restart();
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        view->viewport()->repaint();
        drop.push_back(ms(timer));
    }

    std::printf("| measure (%d freelancers, %d weeks) | median ms | worst ms | target ms |\n",
                freelancers, weeks);
    std::printf("|---|---|---|---|\n");
    std::printf("| open the period (load, check rules, first paint) | %.1f | %.1f | 1000 |\n",
                median(open), worst(open));
    std::printf("| one drag frame (move + repaint, with rule check) | %.1f | %.1f | 16 |\n",
                median(frame), worst(frame));
    std::printf("| drop: save, re-validate, repaint | %.1f | %.1f | 50 |\n", median(drop),
                worst(drop));
    return 0;
}
