import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useEscape } from '../../components/use-escape';
import type { ProjectData } from '../../../../core/model/schema';

const MAX_HITS = 8;

/**
 * Finds an actor by name (the Danish way: "aa" finds "å", Æ Ø Å sort after Z) and hands it to
 * `onFind`, which selects and brings it into view. Enter takes the first hit.
 */
export function MapSearch({ data, onFind }: { data: ProjectData; onFind: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const hits = useMemo(() => {
    if (query.trim() === '') return [];
    const c = collatorFor(lang);
    return data.actors
      .filter((a) => matchesSearch(a.label, query))
      .sort((a, b) => c.compare(a.label, b.label))
      .slice(0, MAX_HITS);
  }, [data.actors, query, lang]);
  const open = query.trim() !== '';
  // Escape closes the hits (from the field or from a hit), as every popover
  useEscape(() => setQuery(''), open);
  const pick = (id: string) => {
    onFind(id);
    setQuery('');
  };

  return (
    <div className="map-search" role="search">
      <input
        type="search"
        value={query}
        placeholder={t('map.searchPlaceholder')}
        aria-label={t('map.search')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) pick(hits[0].id);
        }}
      />
      {open && (
        <ul className="map-search-hits" role="listbox" aria-label={t('map.search')}>
          {hits.length === 0 && <li className="muted">{t('map.noMatches')}</li>}
          {hits.map((a) => (
            <li key={a.id} role="option" aria-selected={false}>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(a.id)}>
                {a.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
