// Where a process's resident memory is, from /proc/self/smaps (Linux): what `VIGIE_FUZZ_MEMLOG=FILE npm run fuzz`
// writes after each input, to tell the V8 heaps from what the C allocator keeps (issue #9).

export interface MallocShare {
  /** The main thread's C heap (the `[heap]` mapping, grown with brk), in MB resident. */
  mainArenaMb: number;
  /** The other threads' arenas (64 MB-aligned reservations of glibc), in MB resident, and how many there are. */
  threadArenasMb: number;
  threadArenas: number;
}

interface Mapping {
  start: number;
  kb: number;
  perm: string;
  name: string;
  rssKb: number;
}

const ARENA_BYTES = 64 * 1024 * 1024;

export function mallocShare(smaps: string): MallocShare {
  const maps: Mapping[] = [];
  for (const line of smaps.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const start = parseInt(head[1], 16);
      maps.push({ start, kb: (parseInt(head[2], 16) - start) / 1024, perm: head[3], name: head[4], rssKb: 0 });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && maps.length) maps[maps.length - 1].rssKb = Number(rss[1]);
  }
  let main = 0;
  let arenas = 0;
  let count = 0;
  maps.forEach((m, i) => {
    if (m.name === '[heap]') main += m.rssKb;
    // A thread arena: an anonymous read-write mapping at a 64 MB boundary, the rest of its 64 MB reserved (---p).
    const rest = maps[i + 1];
    const whole = m.kb * 1024 === ARENA_BYTES || (rest?.perm === '---p' && rest.start === m.start + m.kb * 1024 && (m.kb + rest.kb) * 1024 === ARENA_BYTES);
    if (m.name === '' && m.perm === 'rw-p' && m.start % ARENA_BYTES === 0 && whole) {
      arenas += m.rssKb;
      count++;
    }
  });
  return { mainArenaMb: Math.round(main / 1024), threadArenasMb: Math.round(arenas / 1024), threadArenas: count };
}
