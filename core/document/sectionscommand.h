#pragma once

#include "model/section.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// A change to a plan's sections, as one step: sections renamed, reordered or moved under another
// (before → after), a section added, or a section deleted with the tasks it held moved elsewhere.
// Deleted and added sections come back under their own ids, so the steps above still name them.
class SectionsCommand : public QUndoCommand {
public:
    // Edited: the sections as they were and as they are now.
    SectionsCommand(LedgerWriter *writer, QList<Section> before, QList<Section> after, const QString &text);
    // Added (`removed` false) or deleted (`removed` true, its tasks moved to `movedTo`).
    SectionsCommand(LedgerWriter *writer, Section section, bool removed, QList<qint64> movedTasks, qint64 movedTo,
        const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::Sections); }

private:
    enum class Kind { Edited, Added, Removed };

    LedgerWriter *m_writer;
    Kind m_kind;
    QList<Section> m_before;
    QList<Section> m_after;
    QList<qint64> m_movedTasks;
    qint64 m_movedTo = 0;
    bool m_applied = true;
};

} // namespace Taizhang
