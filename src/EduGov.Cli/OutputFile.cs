using System.Text;

namespace EduGov.Cli;

/// <summary>Writes a command's result file, telling the operator in Chinese why it could not be written.</summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool TryWrite(string path, string text, TextWriter errors) => TryWrite(path, Utf8.GetBytes(text), errors);

    public static bool TryWrite(string path, byte[] content, TextWriter errors)
    {
        try
        {
            File.WriteAllBytes(path, content);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e switch
            {
                DirectoryNotFoundException => "所在文件夹不存在",
                UnauthorizedAccessException => "没有写入权限",
                _ => e.Message,
            };
            errors.WriteLine($"无法写入 {path}：{reason}");
            return false;
        }
    }
}
