#include "people/FreelancerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace shiftlane::ui {

namespace {

// Reads a decimal number typed in the user's locale or with a dot; NaN when it is none.
double number(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = text.trimmed().toDouble(&ok);
    return ok ? value : std::nan("");
}

} // namespace

FreelancerDialog::FreelancerDialog(const QList<Skill>& skills, const Freelancer& freelancer,
                                   QWidget* parent)
    : QDialog(parent), m_original(freelancer), m_skills(skills), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_timeZone(new QComboBox(this)),
      m_skillList(new QListWidget(this)), m_rate(new QLineEdit(this)),
      m_currency(new QLineEdit(this)), m_minHours(new QLineEdit(this)),
      m_maxHours(new QLineEdit(this)), m_consecutiveDays(new QSpinBox(this)),
      m_daysOff(new QSpinBox(this)), m_restHours(new QSpinBox(this)), m_weekends(new QSpinBox(this))
{
    setWindowTitle(freelancer.id == NoId ? tr("Add freelancer")
                                         : tr("Edit %1").arg(freelancer.name));
    const QLocale locale;

    m_name->setText(freelancer.name);
    m_email->setText(freelancer.email);
    m_phone->setText(freelancer.phone);
    m_timeZone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(QString::fromUtf8(freelancer.timeZone));
    for (const Skill& skill : skills) {
        auto* item = new QListWidgetItem(skill.name, m_skillList);
        item->setData(Qt::UserRole, skill.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(freelancer.hasSkill(skill.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_skillList->setMaximumHeight(110);
    m_rate->setText(locale.toString(freelancer.hourlyRateCents / 100.0, 'f', 2));
    m_currency->setText(freelancer.currency);
    m_currency->setMaxLength(3);
    m_minHours->setText(locale.toString(freelancer.limits.minMinutesPerWeek / 60.0, 'g', 4));
    m_maxHours->setText(locale.toString(freelancer.limits.maxMinutesPerWeek / 60.0, 'g', 4));
    m_consecutiveDays->setRange(0, 60);
    m_consecutiveDays->setValue(freelancer.limits.maxConsecutiveDays);
    m_daysOff->setRange(0, 14);
    m_daysOff->setValue(freelancer.limits.minConsecutiveDaysOff);
    m_restHours->setRange(0, 72);
    m_restHours->setValue(freelancer.limits.minRestHours);
    m_restHours->setSuffix(tr(" h"));
    m_weekends->setRange(0, 52);
    m_weekends->setValue(freelancer.limits.maxWorkingWeekends);

    auto* form = new QFormLayout;
    addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    addRow(form, tr("Email"), m_email, QString());
    addRow(form, tr("Phone"), m_phone, QString());
    addRow(form, tr("Time zone"), m_timeZone, QStringLiteral("timeZone"));
    addRow(form, tr("Skills"), m_skillList, QString());
    addRow(form, tr("Hourly rate"), m_rate, QStringLiteral("hourlyRate"));
    addRow(form, tr("Currency"), m_currency, QStringLiteral("currency"));
    addRow(form, tr("Minimum hours a week"), m_minHours, QStringLiteral("minMinutesPerWeek"));
    addRow(form, tr("Maximum hours a week"), m_maxHours, QStringLiteral("maxMinutesPerWeek"));
    addRow(form, tr("Most days in a row"), m_consecutiveDays, QStringLiteral("maxConsecutiveDays"));
    addRow(form, tr("Fewest days off in a row"), m_daysOff,
           QStringLiteral("minConsecutiveDaysOff"));
    addRow(form, tr("Rest between shifts"), m_restHours, QStringLiteral("minRestHours"));
    addRow(form, tr("Most working weekends in four weeks"), m_weekends,
           QStringLiteral("maxWorkingWeekends"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FreelancerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FreelancerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void FreelancerDialog::addRow(QFormLayout* form, const QString& label, QWidget* field,
                              const QString& errorKey)
{
    if (errorKey.isEmpty()) {
        form->addRow(label, field);
        return;
    }
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* error = new QLabel(column);
    error->setStyleSheet(QStringLiteral("color: #c02020"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(field);
    layout->addWidget(error);
    form->addRow(label, column);
    m_errors.insert(errorKey, error);
}

Freelancer FreelancerDialog::freelancer() const
{
    Freelancer f = m_original;
    f.name = m_name->text().trimmed();
    f.email = m_email->text().trimmed();
    f.phone = m_phone->text().trimmed();
    f.timeZone = m_timeZone->currentText().trimmed().toUtf8();
    f.skillIds.clear();
    for (int i = 0; i < m_skillList->count(); ++i)
        if (m_skillList->item(i)->checkState() == Qt::Checked)
            f.skillIds.append(m_skillList->item(i)->data(Qt::UserRole).toLongLong());
    const double rate = number(m_rate->text());
    f.hourlyRateCents = std::isnan(rate) ? -1 : std::llround(rate * 100);
    f.currency = m_currency->text().trimmed().toUpper();
    const double minHours = number(m_minHours->text());
    const double maxHours = number(m_maxHours->text());
    f.limits.minMinutesPerWeek = std::isnan(minHours) ? -1 : int(std::lround(minHours * 60));
    f.limits.maxMinutesPerWeek = std::isnan(maxHours) ? -1 : int(std::lround(maxHours * 60));
    f.limits.maxConsecutiveDays = m_consecutiveDays->value();
    f.limits.minConsecutiveDaysOff = m_daysOff->value();
    f.limits.minRestHours = m_restHours->value();
    f.limits.maxWorkingWeekends = m_weekends->value();
    return f;
}

bool FreelancerDialog::validate()
{
    for (QLabel* label : m_errors) {
        label->clear();
        label->hide();
    }
    const Freelancer f = freelancer();
    ValidationErrors errors = f.validate();
    if (std::isnan(number(m_rate->text())))
        errors.append({QStringLiteral("hourlyRate"), tr("type a number, such as 18.50")});
    for (const ValidationError& error : errors) {
        QLabel* label = m_errors.value(error.field);
        if (!label)
            continue;
        label->setText(label->text().isEmpty() ? error.message
                                               : label->text() + QLatin1Char('\n') + error.message);
        label->show();
    }
    return errors.isEmpty();
}

QString FreelancerDialog::errorFor(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label ? label->text() : QString();
}

void FreelancerDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace shiftlane::ui
