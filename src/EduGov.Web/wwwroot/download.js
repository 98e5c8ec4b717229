// Saves bytes streamed from the server (import templates, error reports) as a file, without a round trip through a URL.
window.egDownload = async function (fileName, streamReference) {
  const buffer = await streamReference.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer]));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
};
