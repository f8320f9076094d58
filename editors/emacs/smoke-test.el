;;; smoke-test.el --- Emacs eglot against the built copydesk server  -*- lexical-binding: t; -*-

;; emacs --batch -l editors/emacs/smoke-test.el PATH/TO/copydesk
;;
;; Opens a plain-text draft with an unattributed quote through eglot (which has diagnostics pushed and counts
;; positions in UTF-16), and checks that the server connected, published the unattributed-quote finding for the
;; buffer's version on the quote's line, published diagnostics without it for the new version after an edit
;; that credits the quote, answered shutdown and exited by itself with status 0 on exit. Exits 0 when all hold.

;;; Code:

(require 'eglot)
(require 'cl-lib)

(defvar copydesk-smoke-failures 0)
(defvar copydesk-smoke-publications nil "Every publishDiagnostics received, newest first, as (URI VERSION DIAGNOSTICS).")

(defun copydesk-smoke-check (ok what)
  (princ (format "%s %s\n" (if ok "ok  " "FAIL") what))
  (unless ok (setq copydesk-smoke-failures (1+ copydesk-smoke-failures))))

(defun copydesk-smoke-wait (predicate seconds)
  "Run the event loop until PREDICATE holds or SECONDS pass; return whether it held."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri version diagnostics &allow-other-keys)
  (push (list uri version diagnostics) copydesk-smoke-publications))

(let* ((binary (expand-file-name (or (car command-line-args-left) (error "usage: smoke-test.el PATH/TO/copydesk"))))
       (root (make-temp-file "copydesk-eglot-" t))
       (draft (expand-file-name "draft.txt" root))
       (eglot-server-programs `((text-mode . (,binary "serve"))))
       (eglot-sync-connect t)
       (eglot-send-changes-idle-time 0.1)
       server exit-status)
  (with-temp-file draft
    (insert "On Sept. 3, 2025, 😀 café sales rose 4 percent. Mayor Ana Ruiz defended the budget.\n\n“We cut what we could.”\n"))
  (find-file draft)
  (text-mode)
  (apply #'eglot (eglot--guess-contact))
  (setq server (eglot-current-server))
  (copydesk-smoke-check server "eglot connected to copydesk")
  (let ((uri (eglot--path-to-uri draft)))
    (cl-flet ((finding-at-version (version)
                (cl-loop for (u v diagnostics) in copydesk-smoke-publications
                         when (and (equal u uri) (equal v version))
                         return (if (seq-empty-p diagnostics) :none (append diagnostics nil)))))
      (copydesk-smoke-check
       (copydesk-smoke-wait (lambda () (finding-at-version eglot--versioned-identifier)) 20)
       (format "diagnostics pushed for version %s" eglot--versioned-identifier))
      (let* ((diagnostics (finding-at-version eglot--versioned-identifier))
             (quote-finding (and (listp diagnostics)
                                 (cl-find "unattributed-quote" diagnostics
                                          :key (lambda (d) (plist-get d :code)) :test #'equal))))
        (copydesk-smoke-check quote-finding "the unattributed quote is flagged")
        (copydesk-smoke-check (and quote-finding
                                   (equal (plist-get (plist-get (plist-get quote-finding :range) :start) :line) 2))
                              "on the quote's line"))
      ;; Credit the quote; the new version's diagnostics must no longer flag it.
      (goto-char (point-min))
      (search-forward "could.”")
      (delete-char -2)
      (insert ",” Ruiz said.")
      (let ((version (progn (eglot--signal-textDocument/didChange) eglot--versioned-identifier)))
        (copydesk-smoke-check
         (copydesk-smoke-wait (lambda () (eq (finding-at-version version) :none)) 20)
         (format "after crediting it, version %s is published without findings" version)))))
  (when (getenv "COPYDESK_SMOKE_DEBUG")
    (with-current-buffer (jsonrpc-events-buffer server) (princ (buffer-string))))
  ;; Shut down by hand: eglot-shutdown in Emacs 28 kills the process right after `exit', hiding its status.
  (let ((process (jsonrpc--process server)))
    (setf (eglot--shutdown-requested server) t)
    (copydesk-smoke-check (condition-case nil (progn (jsonrpc-request server :shutdown nil :timeout 20) t) (error nil))
                          "shutdown was answered")
    (jsonrpc-notify server :exit nil)
    (copydesk-smoke-wait (lambda () (not (process-live-p process))) 20)
    (setq exit-status (process-exit-status process)))
  (copydesk-smoke-check (equal exit-status 0) (format "the server exited with status 0 after shutdown (got %s)" exit-status))
  (delete-directory root t)
  (princ (if (zerop copydesk-smoke-failures) "emacs eglot smoke test passed\n"
           (format "emacs eglot smoke test: %d failure(s)\n" copydesk-smoke-failures)))
  (kill-emacs (if (zerop copydesk-smoke-failures) 0 1)))

;;; smoke-test.el ends here
