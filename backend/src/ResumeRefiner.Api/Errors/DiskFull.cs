namespace ResumeRefiner.Api.Errors;

/// <summary>Recognises "no space left on device" (and a full quota) among I/O failures, on Linux and Windows.</summary>
public static class DiskFull
{
    private const int Enospc = 28;
    private const int Edquot = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // On Unix, .NET puts the errno in HResult.
            if (e is IOException { HResult: Enospc or Edquot or WindowsDiskFull or WindowsHandleDiskFull }
                || (e is IOException && e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
