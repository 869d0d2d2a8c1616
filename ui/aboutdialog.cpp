#include "aboutdialog.h"

#include "about/libraries.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Taizhang"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Taizhang %1").arg(QStringLiteral(TAIZHANG_VERSION)), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("The task ledger of a reform plan: import, track, warn, print."), this));

    const QList<Libraries::Library> libraries = Libraries::all();
    auto *table = new QTableWidget(int(libraries.size()), 3, this);
    table->setObjectName(u"libraries"_s);
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < int(libraries.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(libraries.at(row).name));
        table->setItem(row, 1, new QTableWidgetItem(libraries.at(row).version));
        table->setItem(row, 2, new QTableWidgetItem(libraries.at(row).licence));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    layout->addWidget(new QLabel(tr("Taizhang itself is free software under the GPL, version 3 or later."), this));

    auto *folders = new QLabel(this);
    folders->setObjectName(u"folders"_s);
    folders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folders->setText(
        tr("Data folder: %1\nSettings: %2")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                QDir::toNativeSeparators(QSettings().fileName())));
    layout->addWidget(folders);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 480);
}

} // namespace Taizhang
