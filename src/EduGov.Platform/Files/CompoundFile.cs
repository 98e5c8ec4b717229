using System.Buffers.Binary;
using System.Text;

namespace EduGov.Platform.Files;

/// <summary>
/// Just enough of the OLE compound file format (MS-CFB) — the container of .doc and .xls — to list the names of the
/// streams in its directory. Every offset is checked, so a damaged or hostile file yields no names rather than an error.
/// </summary>
internal static class CompoundFile
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const int HeaderFatSlots = 109;
    private const uint LastRegularSector = 0xFFFFFFF9;
    private const byte StreamEntry = 2;

    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsOne(ReadOnlySpan<byte> content) => content.StartsWith(Signature);

    public static IReadOnlySet<string> StreamNames(byte[] content)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (content.Length < HeaderSize || !IsOne(content) || ReadUInt16(content, 0x1E) is not (9 or 12))
        {
            return names;
        }

        var file = new Layout(content, 1 << ReadUInt16(content, 0x1E));
        foreach (var sector in file.Chain(ReadUInt32(content, 0x30)))
        {
            for (var entry = file.Offset(sector); entry + DirectoryEntrySize <= file.End(sector); entry += DirectoryEntrySize)
            {
                var nameBytes = ReadUInt16(content, entry + 0x40);
                if (content[entry + 0x42] == StreamEntry && nameBytes is >= 2 and <= 64 && nameBytes % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(content, (int)entry, nameBytes - 2));
                }
            }
        }

        return names;
    }

    private static ushort ReadUInt16(byte[] content, long offset) => BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan((int)offset, 2));

    private static uint ReadUInt32(byte[] content, long offset) => BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)offset, 4));

    /// <summary>The sectors of a compound file and its allocation table (FAT), which chains them.</summary>
    private sealed class Layout
    {
        private readonly byte[] _content;
        private readonly int _sectorSize;
        private readonly List<uint> _fatSectors;

        public Layout(byte[] content, int sectorSize)
        {
            _content = content;
            _sectorSize = sectorSize;
            _fatSectors = FatSectors();
        }

        public long Offset(uint sector) => (sector + 1L) * _sectorSize;

        public long End(uint sector) => Math.Min(Offset(sector) + _sectorSize, _content.Length);

        /// <summary>The sectors of the chain that starts at <paramref name="first"/>, stopping at its end, a bad link or a loop.</summary>
        public IEnumerable<uint> Chain(uint first)
        {
            var seen = new HashSet<uint>();
            for (var sector = first; Exists(sector) && seen.Add(sector); sector = Next(sector))
            {
                yield return sector;
            }
        }

        private bool Exists(uint sector) => sector <= LastRegularSector && Offset(sector) + _sectorSize <= _content.Length;

        private uint Next(uint sector)
        {
            var perSector = (uint)(_sectorSize / 4);
            var index = sector / perSector;
            return index < _fatSectors.Count && Exists(_fatSectors[(int)index])
                ? ReadUInt32(_content, Offset(_fatSectors[(int)index]) + (sector % perSector * 4))
                : uint.MaxValue;
        }

        /// <summary>The FAT's own sectors: the first 109 are listed in the header, the rest in a chain of DIFAT sectors.</summary>
        private List<uint> FatSectors()
        {
            var count = ReadUInt32(_content, 0x2C);
            var sectors = new List<uint>();
            for (var slot = 0; slot < HeaderFatSlots && sectors.Count < count; slot++)
            {
                sectors.Add(ReadUInt32(_content, 0x4C + (slot * 4)));
            }

            var seen = new HashSet<uint>();
            for (var difat = ReadUInt32(_content, 0x44); sectors.Count < count && Exists(difat) && seen.Add(difat);
                 difat = ReadUInt32(_content, Offset(difat) + _sectorSize - 4))
            {
                for (var slot = 0; slot < (_sectorSize / 4) - 1 && sectors.Count < count; slot++)
                {
                    sectors.Add(ReadUInt32(_content, Offset(difat) + (slot * 4)));
                }
            }

            return sectors;
        }
    }
}
