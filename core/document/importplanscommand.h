#pragma once

#include "storage/ledgerstore.h"
#include "taskfield.h"

#include <QUndoCommand>

#include <optional>

namespace Taizhang {

class LedgerWriter;

// An import, as one step: undo removes what it wrote (its new plans, and the sections and tasks it
// added, to existing plans too) and keeps those rows; redo puts them back under the same ids, so
// the steps above this one still name the right tasks whatever ids the backend would hand out.
class ImportPlansCommand : public QUndoCommand {
public:
    // The document has already stored the draft as `inserted`; the first redo() does nothing.
    ImportPlansCommand(LedgerWriter *writer, LedgerStore::InsertedRows inserted, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::ImportPlans); }

private:
    LedgerWriter *m_writer;
    LedgerStore::InsertedRows m_inserted;
    std::optional<LedgerStore::ImportedRows> m_removed; // while undone
};

} // namespace Taizhang
