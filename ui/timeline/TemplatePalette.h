#pragma once

#include "domain/ShiftTemplate.h"
#include "domain/Skill.h"

#include <QListWidget>

namespace shiftlane::ui {

// The shift templates, to drag onto the timeline: a drop creates a shift of the template on
// the day and row under the cursor.
class TemplatePalette : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int TemplateIdRole = Qt::UserRole + 1;

    explicit TemplatePalette(QWidget* parent = nullptr);
    void setTemplates(const QList<ShiftTemplate>& templates, const QList<Skill>& skills);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
};

} // namespace shiftlane::ui
