// Uploads a form with XMLHttpRequest, the one browser API that reports upload
// progress, and reads the API's JSON answer or error shape.
import { ApiError, refusal } from '@/lib/api-client';

export function uploadForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The server could not be reached'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as T);
      else reject(refusal(xhr.status, xhr.response, 'Upload'));
    };
    xhr.send(form);
  });
}
