import { useId, useState } from 'react';
import { SKILLS, getSkill } from '@/lib/scoring/skills';
import type { Requirement } from '@/lib/schema/posting';

interface Props {
  requirements: Requirement[];
  readOnly: boolean;
  onChange: (requirements: Requirement[]) => void;
}

export function RequirementsEditor({ requirements, readOnly, onChange }: Props) {
  const listId = useId();
  const update = (index: number, fields: Partial<Requirement>) =>
    onChange(requirements.map((requirement, i) => (i === index ? { ...requirement, ...fields } : requirement)));

  return (
    <div className="requirements-editor">
      <h2>Requirements ({requirements.length})</h2>
      {requirements.length === 0 && <p className="notice">No requirements yet: propose them from the text or add them by hand.</p>}
      <datalist id={listId}>
        {SKILLS.map((skill) => (
          <option key={skill.id} value={skill.label} />
        ))}
      </datalist>
      <ol className="requirements-editor__list">
        {requirements.map((requirement, index) => (
          <RequirementRow
            key={requirement.id}
            requirement={requirement}
            readOnly={readOnly}
            skillListId={listId}
            onChange={(fields) => update(index, fields)}
            onRemove={() => onChange(requirements.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      {!readOnly && <button onClick={() => onChange([...requirements, blankRequirement(requirements)])}>Add requirement</button>}
    </div>
  );
}

interface RowProps {
  requirement: Requirement;
  readOnly: boolean;
  skillListId: string;
  onChange: (fields: Partial<Requirement>) => void;
  onRemove: () => void;
}

function RequirementRow({ requirement, readOnly, skillListId, onChange, onRemove }: RowProps) {
  const [skillInput, setSkillInput] = useState('');
  const addSkill = () => {
    const skill = SKILLS.find((candidate) => candidate.label.toLowerCase() === skillInput.trim().toLowerCase());
    if (skill && !requirement.skills.includes(skill.id)) onChange({ skills: [...requirement.skills, skill.id] });
    else if (!skill && skillInput.trim()) onChange({ terms: [...(requirement.terms ?? []), skillInput.trim()] });
    setSkillInput('');
  };

  return (
    <li className="requirement-editor" data-testid="requirement-editor">
      <div className="requirement-editor__head">
        <input aria-label="Requirement" value={requirement.label} maxLength={200} readOnly={readOnly} onChange={(e) => onChange({ label: e.target.value })} />
        <select aria-label="Must or plus" value={requirement.kind} disabled={readOnly} onChange={(e) => onChange({ kind: e.target.value as Requirement['kind'] })}>
          <option value="must">must</option>
          <option value="plus">plus</option>
        </select>
        <input
          aria-label="Weight"
          type="number"
          min={1}
          max={10}
          value={requirement.weight}
          readOnly={readOnly}
          onChange={(e) => onChange({ weight: Math.round(Number(e.target.value)) })}
        />
        {!readOnly && (
          <button aria-label={`Remove ${requirement.label}`} onClick={onRemove}>
            ×
          </button>
        )}
      </div>
      <div className="chips">
        {requirement.skills.map((id) => (
          <Chip key={id} label={getSkill(id)?.label ?? id} readOnly={readOnly} onRemove={() => onChange({ skills: requirement.skills.filter((s) => s !== id) })} />
        ))}
        {(requirement.terms ?? []).map((term) => (
          <Chip key={`term:${term}`} label={`“${term}”`} readOnly={readOnly} onRemove={() => onChange({ terms: requirement.terms?.filter((t) => t !== term) })} />
        ))}
        {!readOnly && (
          <input
            className="chips__input"
            aria-label="Add a skill or synonym"
            placeholder="+ skill or synonym"
            list={skillListId}
            value={skillInput}
            maxLength={100}
            onChange={(e) => setSkillInput(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && addSkill()}
            onBlur={addSkill}
          />
        )}
      </div>
    </li>
  );
}

function Chip({ label, readOnly, onRemove }: { label: string; readOnly: boolean; onRemove: () => void }) {
  return (
    <span className="chip">
      {label}
      {!readOnly && (
        <button className="chip__remove" aria-label={`Remove ${label}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}

function blankRequirement(existing: Requirement[]): Requirement {
  let n = existing.length + 1;
  while (existing.some((requirement) => requirement.id === `requirement-${n}`)) n++;
  return { id: `requirement-${n}`, label: 'New requirement', kind: 'plus', weight: 3, skills: [] };
}
