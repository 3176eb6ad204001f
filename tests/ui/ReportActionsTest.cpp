#include "reports/ReportActions.h"
#include "../PdfText.h"
#include "MainWindow.h"
#include "demo/DemoTeam.h"
#include "reports/ReportContentsDialog.h"
#include "reports/ReportRunner.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace shiftlane;
using shiftlane::ui::MainWindow;
using shiftlane::ui::ReportActions;
using Outcome = shiftlane::report::ReportDocument::Outcome;

namespace {

const QDate Monday(2026, 11, 30);

struct OpenWindow
{
    QTemporaryDir dir;
    MainWindow window;

    OpenWindow()
    {
        const QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
        {
            auto db = Database::create(path);
            DemoOptions options;
            options.freelancers = 30;
            options.weeks = 1;
            options.start = Monday;
            writeDemoTeam(*db, options);
        }
        window.show();
        REQUIRE_FALSE(window.openFile(path).has_value());
        window.setPeriodWeeks(1);
    }
    ReportActions& reports() { return *window.reportActions(); }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

ReportContents everything()
{
    return {true, true, true};
}

} // namespace

TEST_CASE("The report actions are in the File menu and need an open schedule")
{
    MainWindow window;
    ReportActions& reports = *window.reportActions();
    for (QAction* action :
         {reports.exportPdfAction(), reports.printPreviewAction(), reports.printAction()}) {
        CHECK_FALSE(action->isEnabled());
        CHECK(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));
    }
    OpenWindow open;
    CHECK(open.reports().exportPdfAction()->isEnabled());
    CHECK(open.reports().printPreviewAction()->isEnabled());
    CHECK(open.reports().printAction()->isEnabled());
}

TEST_CASE("Export PDF writes the shown period off the GUI thread and says so")
{
    OpenWindow open;
    QSignalSpy finished(&open.reports(), &ReportActions::finished);
    const QString pdf = open.path("team.pdf");
    REQUIRE(open.reports().exportPdf(pdf, everything()));
    CHECK(open.reports().running() != nullptr);
    CHECK_FALSE(open.reports().exportPdfAction()->isEnabled()); // one export at a time
    CHECK_FALSE(open.reports().exportPdf(open.path("second.pdf"), everything()));
    REQUIRE(finished.wait(30000));

    CHECK(open.reports().lastOutcome().status == Outcome::Written);
    CHECK(open.reports().running() == nullptr);
    CHECK(open.reports().exportPdfAction()->isEnabled());
    const int pages = open.reports().lastOutcome().pages;
    CHECK(pdfPageCount(pdf) == pages);
    CHECK(open.window.statusBar()->currentMessage().contains(QString::number(pages)));
    const QString text = pdfText(pdf);
    for (const Freelancer& f : open.window.snapshot().freelancers) {
        CHECK(text.contains(f.name));
        CHECK(text.contains(QStringLiteral("Shifts for %1").arg(f.name)));
    }
    CHECK(text.contains(QStringLiteral("Unmet demand")));
}

TEST_CASE("Cancel in the progress dialog stops the export and writes nothing")
{
    OpenWindow open;
    open.window.setPeriodWeeks(4);
    QSignalSpy finished(&open.reports(), &ReportActions::finished);
    const QString pdf = open.path("cancelled.pdf");
    REQUIRE(open.reports().exportPdf(pdf, everything()));
    // The user presses Cancel as soon as the dialog shows: the worker stops before its next page.
    REQUIRE(open.reports().progressDialog());
    auto* cancel = open.reports().progressDialog()->findChild<QPushButton*>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(finished.wait(30000));
    CHECK(open.reports().lastOutcome().status == Outcome::Cancelled);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(open.window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    CHECK(open.window.lastError().isEmpty());
}

TEST_CASE("Print paints onto the printer off the GUI thread: the preview paints on request")
{
    OpenWindow open;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setPageOrientation(QPageLayout::Portrait); // whatever the user picked
    const QString printed = open.path("printed.pdf");
    printer->setOutputFileName(printed);
    const QPageLayout page = printer->pageLayout();
    QSignalSpy finished(&open.reports(), &ReportActions::finished);
    REQUIRE(open.reports().print(std::move(printer), ReportContents{}));
    REQUIRE(finished.wait(30000));
    CHECK(open.reports().lastOutcome().status == Outcome::Written);
    // Portrait paper: fewer days across, so the layout for that page decides the count.
    const report::ReportDocument document(ScheduleReport::build(open.window.snapshot()), {});
    CHECK(document.layout(page).daysPerPage() < 7);
    CHECK(pdfPageCount(printed) == document.layout(page).pageCount());
    CHECK(pdfText(printed).contains(open.window.snapshot().freelancers.constFirst().name));

    QPrinter preview(QPrinter::HighResolution);
    preview.setOutputFormat(QPrinter::PdfFormat);
    const QString previewed = open.path("preview.pdf");
    preview.setOutputFileName(previewed);
    ReportContents coverageOnly;
    coverageOnly.teamSchedule = false;
    coverageOnly.coverage = true;
    open.reports().paintPreview(&preview, coverageOnly);
    const QString text = pdfText(previewed);
    CHECK(text.contains(QStringLiteral("Coverage")));
    CHECK_FALSE(text.contains(QStringLiteral("Team schedule")));
}

TEST_CASE("The contents dialog needs at least one part ticked")
{
    ui::ReportContentsDialog dialog(ReportContents{}, QStringLiteral("Export…"));
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK(ok->text() == QStringLiteral("Export…"));
    CHECK(ok->isEnabled());
    dialog.teamBox()->setChecked(false);
    CHECK_FALSE(ok->isEnabled());
    dialog.coverageBox()->setChecked(true);
    CHECK(ok->isEnabled());
    const ReportContents chosen = dialog.contents();
    CHECK_FALSE(chosen.teamSchedule);
    CHECK_FALSE(chosen.perFreelancer);
    CHECK(chosen.coverage);
}
