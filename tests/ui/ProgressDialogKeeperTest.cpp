#include "progress/ProgressDialogKeeper.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

using shiftlane::ui::ProgressDialogKeeper;

// The crash this guards against: work finishing inside a modal dialog's setValue(), and a
// nested event loop carrying out the deferred delete before setValue() returns.
TEST_CASE("A progress dialog finished inside its own setValue() outlives that call")
{
    QWidget window;
    window.show();
    ProgressDialogKeeper keeper;
    auto* dialog =
        new QProgressDialog(QStringLiteral("Working…"), QStringLiteral("Cancel"), 0, 10, &window);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    keeper.hold(dialog);
    keeper.setValue(1); // shows it: from now on setValue() processes events
    REQUIRE(dialog->isVisible());

    const QPointer<QProgressDialog> watched(dialog);
    bool finishedInside = false;
    bool aliveAfterNestedDeletes = false;
    QObject context;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            finishedInside = true;
            keeper.finish();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            aliveAfterNestedDeletes = !watched.isNull();
        },
        Qt::QueuedConnection);
    keeper.setValue(2);
    CHECK(finishedInside);
    CHECK(aliveAfterNestedDeletes);
    CHECK(keeper.dialog() == nullptr);
    REQUIRE_FALSE(watched.isNull());
    CHECK_FALSE(watched->isVisible());

    // Once setValue() has returned, the finished dialog goes with the next deferred deletes.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(watched.isNull());
    keeper.setValue(3); // nothing left to update
}
