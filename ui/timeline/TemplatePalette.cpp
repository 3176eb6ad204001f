#include "timeline/TemplatePalette.h"

#include "timeline/TimelineView.h"

#include <QMimeData>

namespace shiftlane::ui {

TemplatePalette::TemplatePalette(QWidget* parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void TemplatePalette::setTemplates(const QList<ShiftTemplate>& templates,
                                   const QList<Skill>& skills)
{
    clear();
    for (const ShiftTemplate& t : templates) {
        QString color = t.color;
        for (const Skill& s : skills)
            if (s.id == t.skillId && color.isEmpty())
                color = s.color;
        const int end = (t.startMinute + t.lengthMinutes) % MinutesPerDay;
        auto* item = new QListWidgetItem(tr("%1  %2:%3–%4:%5")
                                             .arg(t.name)
                                             .arg(t.startMinute / 60, 2, 10, QLatin1Char('0'))
                                             .arg(t.startMinute % 60, 2, 10, QLatin1Char('0'))
                                             .arg(end / 60, 2, 10, QLatin1Char('0'))
                                             .arg(end % 60, 2, 10, QLatin1Char('0')),
                                         this);
        item->setData(TemplateIdRole, t.id);
        QColor background(color);
        background.setAlpha(90);
        item->setBackground(background);
        item->setToolTip(tr("Drag onto the timeline to add a %1 shift").arg(t.name));
    }
}

QStringList TemplatePalette::mimeTypes() const
{
    return {QString::fromLatin1(TimelineView::TemplateMimeType)};
}

QMimeData* TemplatePalette::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(TimelineView::TemplateMimeType),
                  QByteArray::number(items.first()->data(TemplateIdRole).toLongLong()));
    return mime;
}

} // namespace shiftlane::ui
