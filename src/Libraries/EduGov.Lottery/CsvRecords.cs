using System.Text;

namespace EduGov.Lottery;

/// <summary>One CSV record and the file line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small strict RFC 4180 reader that agrees with Python's <c>csv</c> module (<c>strict=True</c>): fields separated by commas,
/// records by "\n", "\r\n" or "\r"; a field starting with a double quote runs to the matching quote, with "" for a quote
/// inside, and must end there; a quote inside an unquoted field is an ordinary character; empty lines are skipped.
/// </summary>
internal sealed class CsvRecords
{
    private readonly string _text;
    private readonly List<CsvRecord> _records = [];
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _line = 1;
    private int _recordLine = 1;
    private bool _recordStarted;

    private CsvRecords(string text) => _text = text;

    public static List<CsvRecord> Parse(string text)
    {
        var reader = new CsvRecords(text);
        reader.ReadAll();
        return reader._records;
    }

    private void ReadAll()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            _recordStarted |= c is not ('\r' or '\n');
            switch (c)
            {
                case '"' when _field.Length == 0:
                    ReadQuoted();
                    break;
                case ',':
                    EndField();
                    break;
                case '\r' or '\n':
                    SkipLineFeedAfter(c);
                    EndRecord();
                    break;
                default:
                    _field.Append(c);
                    break;
            }
        }

        EndRecord();
    }

    private void ReadQuoted()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c != '"')
            {
                _line += c == '\n' ? 1 : 0;
                _field.Append(c);
            }
            else if (_position < _text.Length && _text[_position] == '"')
            {
                _field.Append('"');
                _position++;
            }
            else
            {
                RequireFieldEnd();
                return;
            }
        }

        throw new LotteryInputException($"CSV 第 {_recordLine} 行的引号没有闭合。");
    }

    /// <summary>Strict as Python's <c>csv</c> with <c>strict=True</c>: after a closing quote comes a comma, a line break or the end.</summary>
    private void RequireFieldEnd()
    {
        if (_position < _text.Length && _text[_position] is not (',' or '\r' or '\n'))
        {
            throw new LotteryInputException($"CSV 第 {_line} 行：引号括起的字段在结束引号之后还有字符“{_text[_position]}”。");
        }
    }

    private void SkipLineFeedAfter(char c)
    {
        if (c == '\r' && _position < _text.Length && _text[_position] == '\n')
        {
            _position++;
        }
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
    }

    private void EndRecord()
    {
        if (_recordStarted)
        {
            EndField();
            _records.Add(new CsvRecord(_recordLine, [.. _fields]));
        }

        _fields.Clear();
        _field.Clear();
        _recordStarted = false;
        _line++;
        _recordLine = _line;
    }
}
